package coop.seedbed.guides;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable addresses of guides and documents: {@code /guides/{slug}} is served by {@code
 * /guides/show.xhtml}, and {@code /documents/{slug}} by {@code /documents/show.xhtml}. Addresses
 * that are pages themselves (the legal-form helper, the upload form) pass through.
 */
public class GuideRoutes extends HttpFilter {

  private static final Pattern GUIDE = Pattern.compile("/guides/([a-z0-9][a-z0-9-]*)/?");
  private static final Pattern DOCUMENT = Pattern.compile("/documents/([a-z0-9][a-z0-9-]*)/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    Matcher guide = GUIDE.matcher(path);
    if (guide.matches() && !guide.group(1).equals(LegalFormPage.SLUG)) {
      forward(request, response, "/guides/show.xhtml", guide.group(1));
      return;
    }
    Matcher document = DOCUMENT.matcher(path);
    if (document.matches() && !document.group(1).equals("new")) {
      forward(request, response, "/documents/show.xhtml", document.group(1));
      return;
    }
    chain.doFilter(request, response);
  }

  private static void forward(
      HttpServletRequest request, HttpServletResponse response, String page, String slug)
      throws IOException, ServletException {
    String query = request.getQueryString();
    request
        .getRequestDispatcher(page + "?slug=" + slug + (query == null ? "" : "&" + query))
        .forward(request, response);
  }
}
