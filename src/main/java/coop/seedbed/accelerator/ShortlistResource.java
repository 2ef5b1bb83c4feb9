package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Staff put an application on the interview shortlist, or take it off. */
@Path("admin/accelerator/applications/{id}/shortlist")
@Produces(MediaType.APPLICATION_JSON)
public class ShortlistResource {

  @Inject InterviewService interviews;
  @Inject CurrentCaller caller;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ShortlistView shortlist(@PathParam("id") long id, ShortlistRequest request) {
    return interviews.shortlist(caller.get(), id, request);
  }
}
