package coop.seedbed.web;

import coop.seedbed.http.CsrfTokens;
import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses forged writes. Every unsafe request whose {@code Origin} names another site is refused;
 * form posts to pages must also carry the session's token. The JSON API needs no token: it accepts
 * only JSON bodies, which another site cannot send without a CORS preflight that Seedbed never
 * grants, and the session cookie is {@code SameSite=Lax}.
 */
public class CsrfFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    boolean api = request.getRequestURI().startsWith("/api/");
    if (!sameOrigin(request)) {
      refuse(request, response, api, "This request came from another site.");
      return;
    }
    if (!api
        && !CsrfTokens.matches(request.getSession(false), request.getParameter(CsrfTokens.FIELD))) {
      refuse(request, response, api, "This form has expired or did not come from Seedbed.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** A request without {@code Origin} comes from a non-browser client, which forgery cannot use. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return true;
    }
    String host = request.getHeader("Host");
    try {
      URI uri = URI.create(origin);
      String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host != null && authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, boolean api, String detail)
      throws IOException {
    if (api) {
      Responses.problem(response, Problem.of(ProblemType.FORBIDDEN, detail));
    } else {
      request.setAttribute("seedbed.forbidden", detail);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
