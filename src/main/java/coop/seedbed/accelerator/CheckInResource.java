package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A team's fortnightly check-in; a second in the same fortnight replaces the first's words. */
@Path("accelerator/applications/{id}/checkins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public TeamView.CheckInView checkIn(@PathParam("id") long id, CheckInRequest request) {
    return teams.checkIn(caller.get(), id, request);
  }
}
