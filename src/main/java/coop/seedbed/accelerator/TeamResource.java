package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A running team, for its members, its mentors and staff. */
@Path("accelerator/applications/{id}/team")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @GET
  public TeamView team(@PathParam("id") long id, @QueryParam("tz") String timeZone) {
    return teams.team(caller.get(), id, timeZone);
  }
}
