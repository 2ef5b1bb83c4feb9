package coop.seedbed.accounts;

import coop.seedbed.http.CsrfTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Signing in and out of the web session. Signing in changes the session id (so a session id planted
 * before sign-in is worthless) and the anti-forgery token.
 */
final class Sessions {

  static final String ACCOUNT_ATTRIBUTE = "seedbed.account";

  private Sessions() {}

  static void signIn(HttpServletRequest request, long accountId) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(ACCOUNT_ATTRIBUTE, accountId);
    CsrfTokens.renew(session);
  }

  static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  static Long accountIdOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ACCOUNT_ATTRIBUTE) instanceof Long id
        ? id
        : null;
  }
}
