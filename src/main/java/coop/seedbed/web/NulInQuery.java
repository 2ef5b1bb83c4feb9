package coop.seedbed.web;

import coop.seedbed.shared.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter holding the NUL character (sent as {@code %00}) before any resource
 * reads it: PostgreSQL cannot take U+0000 in text, so a filter such as {@code
 * /api/documents?jurisdiction=%00} failed deep in a query as a 500. The same rule as for JSON
 * bodies ({@link JsonBodyShape}); Payara itself refuses NUL in the path.
 */
@Provider
@PreMatching
public class NulInQuery implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters(true).entrySet()) {
      if (hasNul(parameter.getKey())
          || parameter.getValue().stream().anyMatch(NulInQuery::hasNul)) {
        throw new InvalidInputException(
            hasNul(parameter.getKey()) ? "" : parameter.getKey(),
            "The address may not contain the NUL character (%00).");
      }
    }
  }

  private static boolean hasNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }
}
