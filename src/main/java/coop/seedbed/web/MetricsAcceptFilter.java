package coop.seedbed.web;

import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /metrics} speaks the Prometheus text format only. Payara's servlet answers a client that
 * accepts nothing else (an OpenMetrics-only scraper) with a 406 HTML error page; this answers the
 * same refusal as a problem document that says what to ask for.
 */
public class MetricsAcceptFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!acceptsText(request.getHeader("Accept"))) {
      Responses.problem(
          response,
          Problem.of(
              ProblemType.NOT_ACCEPTABLE,
              "Metrics are served in the Prometheus text format only: ask for text/plain"
                  + " (version 0.0.4), or send no Accept header."));
      return;
    }
    chain.doFilter(request, response);
  }

  /** As Payara reads it: text/plain, text/* or anything, with a quality above zero. */
  static boolean acceptsText(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      if ((type.equals("text/plain") || type.equals("text/*") || type.equals("*/*"))
          && quality(parts) > 0) {
        return true;
      }
    }
    return false;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
