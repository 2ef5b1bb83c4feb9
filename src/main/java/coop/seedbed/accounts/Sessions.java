package coop.seedbed.accounts;

import coop.seedbed.http.CsrfTokens;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * Signing in and out of the web session. Signing in changes the session id (so a session id planted
 * before sign-in is worthless) and the anti-forgery token. Each signed-in session is also recorded
 * in the database ({@link SignIns}), so that when the instance holding it stops, the next instance
 * the proxy chooses opens a session of its own for the same person: nobody is signed out by a
 * restart.
 */
final class Sessions {

  static final String ACCOUNT_ATTRIBUTE = "seedbed.account";
  private static final String SEEN_ATTRIBUTE = "seedbed.seen";

  private Sessions() {}

  /** Looked up, not injected: pages, resources and a servlet all sign people in and out. */
  private static SignIns signIns() {
    return CDI.current().select(SignIns.class).get();
  }

  static void signIn(HttpServletRequest request, long accountId) {
    HttpSession session = request.getSession(true);
    String before = session.getId();
    request.changeSessionId();
    session.setAttribute(ACCOUNT_ATTRIBUTE, accountId);
    session.setAttribute(SEEN_ATTRIBUTE, Instant.now());
    CsrfTokens.renew(session);
    SignIns signIns = signIns();
    signIns.forget(before);
    signIns.record(session.getId(), accountId);
  }

  static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      signIns().forget(session.getId());
      session.invalidate();
    }
    String requested = request.getRequestedSessionId();
    if (requested != null) {
      signIns().forget(requested); // signed in on an instance that has stopped
    }
  }

  /**
   * The account signed in to this request's session: from the session this instance holds, or, when
   * the browser names a session this instance does not know (its instance stopped), from the
   * database, in which case a new session is opened here for the same person.
   */
  static Long accountIdOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(ACCOUNT_ATTRIBUTE) instanceof Long id) {
      touch(session);
      return id;
    }
    String requested = request.getRequestedSessionId();
    if (session != null || requested == null || request.isRequestedSessionIdValid()) {
      return null;
    }
    SignIns signIns = signIns();
    Long id = signIns.accountOf(requested).orElse(null);
    if (id == null) {
      return null;
    }
    HttpSession taken = request.getSession(true);
    taken.setAttribute(ACCOUNT_ATTRIBUTE, id);
    taken.setAttribute(SEEN_ATTRIBUTE, Instant.now());
    CsrfTokens.renew(taken);
    signIns.record(taken.getId(), id);
    // The old record stays until it is idle past its time: another request sent with the old
    // cookie at the same moment is taken over too, rather than signed out.
    return id;
  }

  /** Keeps the record's last-seen time within a few minutes, so an active person stays in. */
  private static void touch(HttpSession session) {
    Instant now = Instant.now();
    if (!(session.getAttribute(SEEN_ATTRIBUTE) instanceof Instant seen)
        || seen.isBefore(now.minus(SignIns.TOUCH_EVERY))) {
      session.setAttribute(SEEN_ATTRIBUTE, now);
      signIns().touch(session.getId());
    }
  }
}
