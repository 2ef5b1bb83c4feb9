package coop.seedbed.guides;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** For staff: guide files left out of the library, each with everything wrong with it. */
@Path("admin/guides")
@Produces(MediaType.APPLICATION_JSON)
public class AdminGuideResource {

  @Inject GuideLibrary library;
  @Inject CurrentCaller caller;

  @GET
  @Path("problems")
  public Map<String, List<String>> problems() {
    caller.get().requireStaff();
    return library.current().problems();
  }
}
