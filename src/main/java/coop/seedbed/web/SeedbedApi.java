package coop.seedbed.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JSON API: every resource lives under {@code /api}. Its description at {@code /openapi} is
 * META-INF/openapi.json, written by hand.
 */
@ApplicationPath("/api")
public class SeedbedApi extends Application {

  /**
   * Services validate their own parameters; Jersey's own validation would bring its own exception
   * mapper, which outranks {@link ProblemMapper} and answers in a format of its own.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.beanValidation.disable.server", true,
        // The API is described at /openapi; WADL would be a second, poorer description.
        "jersey.config.server.wadl.disableWadl", true);
  }
}
