package coop.seedbed.web;

import coop.seedbed.http.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem document from a servlet filter, where the JAX-RS mapper does not reach. */
final class Responses {

  private Responses() {}

  static void problem(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.toJson().toString());
  }
}
