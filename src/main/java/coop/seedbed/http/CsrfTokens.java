package coop.seedbed.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The anti-forgery token of the visitor's session: every state-changing form carries it in the
 * field {@value #FIELD} (the {@code <sb:csrf/>} tag), and the web layer's {@code CsrfFilter}
 * refuses a form post without it.
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

  public static final String FIELD = "_csrf";
  static final String SESSION_ATTRIBUTE = "seedbed.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  /** The session's token, creating the session and the token when there are none yet. */
  public String getToken() {
    return tokenOf(request.getSession(true));
  }

  public String getField() {
    return FIELD;
  }

  static String tokenOf(HttpSession session) {
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    if (token instanceof String value) {
      return value;
    }
    return renew(session);
  }

  /** A new token, after signing in or out, so a token seen before cannot be replayed. */
  public static String renew(HttpSession session) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_ATTRIBUTE, value);
    return value;
  }

  public static boolean matches(HttpSession session, String submitted) {
    if (session == null || submitted == null) {
      return false;
    }
    Object expected = session.getAttribute(SESSION_ATTRIBUTE);
    return expected instanceof String value
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII));
  }
}
