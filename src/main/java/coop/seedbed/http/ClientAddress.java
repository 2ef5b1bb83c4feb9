package coop.seedbed.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for rate limits. Behind Seedbed's own reverse proxy the
 * connection comes from the proxy, so the last {@code X-Forwarded-For} entry (the one the proxy
 * added) is used, but only when {@code seedbed.web.trust-forwarded-for} says a proxy is there:
 * otherwise anyone could pick their own address.
 */
@ApplicationScoped
public class ClientAddress {

  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  @Inject
  @ConfigProperty(name = "seedbed.web.trust-forwarded-for")
  boolean trustForwardedFor;

  public String of(HttpServletRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        if (!last.isEmpty() && last.length() <= 64) {
          return subject(last);
        }
      }
    }
    return subject(request.getRemoteAddr());
  }

  /**
   * Who an address stands for: an IPv4 address itself, an IPv6 address its /64, which one household
   * or server is usually given whole and can pick any address in. Anything that is not an address
   * literal is kept as it is (and never looked up).
   */
  static String subject(String address) {
    if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
      return address;
    }
    try {
      InetAddress parsed = InetAddress.getByName(address);
      if (parsed instanceof Inet6Address) {
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
          prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
          prefix.append(':');
        }
        return prefix + ":/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException notALiteral) {
      return address;
    }
  }

  /** Whether the visitor reached the proxy over HTTPS. */
  public boolean isSecure(HttpServletRequest request) {
    return request.isSecure()
        || (trustForwardedFor && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
  }
}
