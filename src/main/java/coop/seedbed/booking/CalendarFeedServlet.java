package coop.seedbed.booking;

import coop.seedbed.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /calendars/volunteers/{secret}.ics}: a volunteer's confirmed calls, for their calendar
 * program to subscribe to. The secret in the address is the only key, so it is never cached by
 * anyone in between.
 */
@WebServlet("/calendars/volunteers/*")
public class CalendarFeedServlet extends HttpServlet {

  @Inject VolunteerService volunteers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/[A-Za-z0-9_-]{16,100}\\.ics")) {
      response.sendError(404);
      return;
    }
    String secret = path.substring(1, path.length() - ".ics".length());
    String feed;
    try {
      feed = volunteers.feed(secret);
    } catch (NotFoundException e) {
      response.sendError(404);
      return;
    }
    response.setContentType("text/calendar;charset=UTF-8");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(feed.getBytes(StandardCharsets.UTF_8));
  }
}
