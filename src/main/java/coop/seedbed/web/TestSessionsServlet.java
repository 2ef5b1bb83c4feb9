package coop.seedbed.web;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import coop.seedbed.shared.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a test deployment forget its web sessions, as an instance that is killed and restarted
 * does, so that a test can show a signed-in person is taken over from the database rather than
 * signed out. {@code DELETE} with the admin token; like the test clock it exists only with {@code
 * seedbed.testing.settable-clock} on (404 otherwise) and stays out of the public API.
 */
@WebServlet("/api/admin/test-sessions")
public class TestSessionsServlet extends HttpServlet {

  @Inject ClockProducer clocks;
  @Inject CurrentCaller caller;

  /** The sessions this instance holds, kept only in a test deployment. */
  @WebListener
  public static class Live implements HttpSessionListener {

    private static final Set<HttpSession> SESSIONS = ConcurrentHashMap.newKeySet();

    @Inject ClockProducer clocks;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
      if (clocks.settable().isPresent()) {
        SESSIONS.add(event.getSession());
      }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      SESSIONS.remove(event.getSession());
    }

    static int forgetAll() {
      List<HttpSession> all = List.copyOf(SESSIONS);
      SESSIONS.clear();
      int forgotten = 0;
      for (HttpSession session : all) {
        try {
          session.invalidate();
          forgotten++;
        } catch (IllegalStateException alreadyGone) {
          // invalidated meanwhile
        }
      }
      return forgotten;
    }
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ProblemType refused = null;
    if (clocks.settable().isEmpty()) {
      refused = ProblemType.NOT_FOUND;
    } else if (!caller.get().automation()) {
      refused = ProblemType.FORBIDDEN;
    }
    if (refused != null) {
      response.setStatus(refused.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(Problem.of(refused, "There is nothing here for you.").toJson().toString());
      return;
    }
    Live.forgetAll();
    response.setStatus(204);
  }
}
