package coop.seedbed.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable listing addresses of DESIGN.md: {@code /coops/{slug}}, {@code /coops/{slug}/edit} and
 * {@code /coops/{slug}/claim} are served by the pages under {@code /coops/}. Words that are pages
 * themselves ({@code new}, {@code moderation}...) are never slugs.
 */
public class DirectoryRoutes extends HttpFilter {

  private static final Pattern LISTING =
      Pattern.compile("/coops/([a-z0-9][a-z0-9-]*)(/edit|/claim)?/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher matcher = LISTING.matcher(request.getRequestURI());
    if (!matcher.matches() || ReservedSlugs.SLUGS.contains(matcher.group(1))) {
      chain.doFilter(request, response);
      return;
    }
    String page =
        switch (matcher.group(2) == null ? "" : matcher.group(2)) {
          case "/edit" -> "/coops/edit.xhtml";
          case "/claim" -> "/coops/claim.xhtml";
          default -> "/coops/listing.xhtml";
        };
    request.getRequestDispatcher(page + "?slug=" + matcher.group(1)).forward(request, response);
  }
}
