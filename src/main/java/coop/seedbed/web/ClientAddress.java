package coop.seedbed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for rate limits. Behind Seedbed's own reverse proxy the
 * connection comes from the proxy, so the last {@code X-Forwarded-For} entry (the one the proxy
 * added) is used, but only when {@code seedbed.web.trust-forwarded-for} says a proxy is there:
 * otherwise anyone could pick their own address.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "seedbed.web.trust-forwarded-for")
  boolean trustForwardedFor;

  public String of(HttpServletRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        if (!last.isEmpty() && last.length() <= 64) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }

  /** Whether the visitor reached the proxy over HTTPS. */
  public boolean isSecure(HttpServletRequest request) {
    return request.isSecure()
        || (trustForwardedFor && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
  }
}
