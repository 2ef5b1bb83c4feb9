package coop.seedbed.web;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The last step before {@code /openapi} is served: our hand-written description goes out as a
 * standard OpenAPI document. Payara adds a top-level {@code endpoints} object of its own (which
 * OpenAPI forbids, so validators refuse the whole document) and a server per listener with a
 * trailing slash and the host's internal name; the one server we name is the public address.
 */
public class OpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    String baseUrl =
        ConfigProvider.getConfig()
            .getValue("seedbed.web.base-url", String.class)
            .replaceAll("/+$", "");
    openAPI.setServers(List.of(OASFactory.createServer().url(baseUrl).description("This Seedbed")));
    dropPayaraEndpoints(openAPI);
  }

  /**
   * Payara's model class has {@code setEndpoints} but no interface declares it; its writer leaves
   * out empty maps.
   */
  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, Map.of());
    } catch (NoSuchMethodException e) {
      // Another runtime that adds nothing of its own.
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Could not remove Payara's endpoints from /openapi", e);
    }
  }
}
