package coop.seedbed.matching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matchmaking's addresses with an id in them, served by the pages under {@code /match/}: a circle
 * ({@code /match/circles/{id}}), a person ({@code /match/people/{id}}) and, for staff, a cohort's
 * mentors ({@code /match/mentors/{cohort}}).
 */
public class MatchRoutes extends HttpFilter {

  private static final Pattern PAGE =
      Pattern.compile("/match/(circles|people|mentors)/([a-z0-9][a-z0-9-]{0,79})/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher page = PAGE.matcher(request.getRequestURI());
    if (page.matches()) {
      String view =
          switch (page.group(1)) {
            case "circles" -> "/match/circle.xhtml?id=";
            case "people" -> "/match/person.xhtml?id=";
            default -> "/match/mentors.xhtml?cohort=";
          };
      request.getRequestDispatcher(view + page.group(2)).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
