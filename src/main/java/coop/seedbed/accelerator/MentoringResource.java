package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The teams the signed-in person mentors. */
@Path("accelerator/mentoring")
@Produces(MediaType.APPLICATION_JSON)
public class MentoringResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @GET
  public List<TeamSummaryView> teams() {
    return teams.mentoring(caller.get());
  }
}
