package coop.seedbed.web;

import coop.seedbed.http.ClientAddress;
import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import coop.seedbed.shared.Limit;
import coop.seedbed.shared.RateLimitedException;
import coop.seedbed.shared.RateLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits every write by someone not signed in, per client address: instead of a captcha, a script
 * can only post so fast. Sign-in, sign-up and mailed links have tighter limits of their own.
 */
public class AnonymousWriteLimitFilter extends HttpFilter {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject RateLimiter limiter;
  @Inject ClientAddress clientAddress;

  @Inject
  @ConfigProperty(name = "seedbed.web.rate-limit.anonymous-writes")
  Limit limit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (WRITES.contains(request.getMethod()) && request.getUserPrincipal() == null) {
      try {
        limiter.acquire("anonymous-write", clientAddress.of(request), limit);
      } catch (RateLimitedException e) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        if (request.getRequestURI().startsWith("/api/")) {
          Responses.problem(response, Problem.of(ProblemType.RATE_LIMITED, e.getMessage()));
        } else {
          request.setAttribute("seedbed.rateLimited", e.getMessage());
          response.sendError(429);
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
