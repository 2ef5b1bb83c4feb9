package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One session, for staff: change it (an update to the same invite) or cancel it. */
@Path("admin/accelerator/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SessionService sessions;
  @Inject CurrentCaller caller;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionView change(@PathParam("id") long id, SessionRequest request) {
    return sessions.change(caller.get(), id, request);
  }

  @DELETE
  public SessionView cancel(@PathParam("id") long id) {
    return sessions.cancel(caller.get(), id);
  }
}
