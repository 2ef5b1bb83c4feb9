package coop.seedbed.booking;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address in booking mails, {@code /candle/bookings/{token}}, is served by a page. */
public class CandleRoutes extends HttpFilter {

  private static final Pattern BOOKING =
      Pattern.compile("/candle/bookings/([A-Za-z0-9_-]{16,100})/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher booking = BOOKING.matcher(request.getRequestURI());
    if (booking.matches()) {
      request
          .getRequestDispatcher("/candle/booking.xhtml?token=" + booking.group(1))
          .forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
