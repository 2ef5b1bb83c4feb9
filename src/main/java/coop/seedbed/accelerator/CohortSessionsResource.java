package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** A cohort's sessions, for staff: list them, and create one (its invites go out at once). */
@Path("admin/accelerator/cohorts/{cohort}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class CohortSessionsResource {

  @Inject SessionService sessions;
  @Inject CurrentCaller caller;

  @GET
  public List<SessionView> sessions(@PathParam("cohort") String cohort) {
    return sessions.sessions(caller.get(), cohort);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("cohort") String cohort, SessionRequest request) {
    SessionView created = sessions.create(caller.get(), cohort, request);
    return Response.created(URI.create("/api/admin/accelerator/sessions/" + created.id()))
        .entity(created)
        .build();
  }
}
