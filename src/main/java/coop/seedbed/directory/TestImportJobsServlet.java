package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Problem;
import coop.seedbed.http.ProblemType;
import coop.seedbed.shared.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Leaves behind an import job as an instance that was killed mid-way would: {@code POST} writes a
 * running job whose heartbeat stopped three minutes ago by the database's clock, and answers its
 * id, so that a test can show how such a job reads. Like the test clock it exists only with {@code
 * seedbed.testing.settable-clock} on (404 otherwise), only for the admin token, and stays out of
 * the public API.
 */
@WebServlet("/api/admin/test-import-jobs")
public class TestImportJobsServlet extends HttpServlet {

  @Inject ClockProducer clocks;
  @Inject CurrentCaller caller;
  @Inject ImportJobs jobs;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ProblemType refused = null;
    if (clocks.settable().isEmpty()) {
      refused = ProblemType.NOT_FOUND;
    } else if (!caller.get().automation()) {
      refused = ProblemType.FORBIDDEN;
    }
    response.setCharacterEncoding("UTF-8");
    if (refused != null) {
      response.setStatus(refused.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response
          .getWriter()
          .write(Problem.of(refused, "There is nothing here for you.").toJson().toString());
      return;
    }
    long id = jobs.createAbandoned(120, 100);
    response.setStatus(201);
    response.setContentType("application/json");
    response.getWriter().write(JSON.createObjectBuilder().add("id", id).build().toString());
  }
}
