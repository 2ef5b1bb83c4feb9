package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Staff's overview of a running cohort's teams, the quiet ones flagged. */
@Path("admin/accelerator/cohorts/{cohort}/teams")
@Produces(MediaType.APPLICATION_JSON)
public class CohortTeamsResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @GET
  public List<TeamSummaryView> teams(@PathParam("cohort") String cohort) {
    return teams.overview(caller.get(), cohort);
  }
}
