package coop.seedbed.accelerator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accelerator's stable addresses, served by the pages under {@code /accelerator/}: a cohort's
 * call at {@code /accelerator/{cohort}} and its staff board at {@code /accelerator/{cohort}/admin},
 * an application, a team, a review and a track by id or slug, and the invitation a co-applicant is
 * mailed, {@code /accelerator/invitation/{token}}. A word that is a page itself ({@code reviews},
 * {@code admin}...) is never a cohort's address.
 */
public class AcceleratorRoutes extends HttpFilter {

  private static final Pattern BY_ID =
      Pattern.compile("/accelerator/(applications|teams|reviews)/([0-9]{1,18})(/interview)?/?");
  private static final Pattern TRACK = Pattern.compile("/accelerator/tracks/([a-z0-9-]{1,80})/?");
  private static final Pattern INVITATION =
      Pattern.compile("/accelerator/invitation/([A-Za-z0-9_-]{16,100})/?");
  private static final Pattern COHORT =
      Pattern.compile("/accelerator/([a-z0-9][a-z0-9-]{0,79})(/admin)?/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    Matcher byId = BY_ID.matcher(path);
    if (byId.matches()) {
      String page =
          switch (byId.group(1)) {
            case "applications" -> byId.group(3) == null ? "application.xhtml" : "interview.xhtml";
            case "teams" -> "team.xhtml";
            default -> "review.xhtml";
          };
      if (byId.group(3) != null && !byId.group(1).equals("applications")) {
        chain.doFilter(request, response);
        return;
      }
      forward(request, response, "/accelerator/" + page + "?id=" + byId.group(2));
      return;
    }
    Matcher invitation = INVITATION.matcher(path);
    if (invitation.matches()) {
      forward(request, response, "/accelerator/invitation.xhtml?token=" + invitation.group(1));
      return;
    }
    Matcher track = TRACK.matcher(path);
    if (track.matches()) {
      forward(request, response, "/accelerator/track.xhtml?programme=" + track.group(1));
      return;
    }
    Matcher cohort = COHORT.matcher(path);
    if (cohort.matches() && !isPage(request, cohort.group(1))) {
      String page = cohort.group(2) == null ? "call.xhtml" : "cohort-admin.xhtml";
      forward(request, response, "/accelerator/" + page + "?cohort=" + cohort.group(1));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether {@code /accelerator/{word}} is a page of its own, such as the reviewer's list. */
  private boolean isPage(HttpServletRequest request, String word) {
    try {
      return request.getServletContext().getResource("/accelerator/" + word + ".xhtml") != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }

  private static void forward(
      HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException, ServletException {
    request.getRequestDispatcher(target).forward(request, response);
  }
}
