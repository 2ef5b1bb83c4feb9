package coop.seedbed.web;

import coop.seedbed.http.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts Seedbed's security headers on every response. The content security policy allows only our
 * own origin and no inline script or style: pages load nothing from anywhere else, and an injected
 * script cannot run.
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'self'; object-src 'none'";

  @Inject ClientAddress clientAddress;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
    if (clientAddress.isSecure(request)) {
      // Browsers honour these only over HTTPS, and complain in the console when sent over HTTP.
      response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = request.getRequestURI();
    if (path.startsWith("/static/")) {
      response.setHeader("Cache-Control", "public, max-age=3600");
    } else if (request.getSession(false) != null) {
      // A signed-in page may show personal data: no shared cache may keep it.
      response.setHeader("Cache-Control", "private, no-store");
    }
    chain.doFilter(request, response);
  }
}
