package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A team marks one of its milestones done, or not done after all. */
@Path("accelerator/applications/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @PUT
  @Path("{milestoneId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TeamView.MilestoneView mark(
      @PathParam("id") long id,
      @PathParam("milestoneId") long milestoneId,
      MilestoneRequest request) {
    return teams.markMilestone(caller.get(), id, milestoneId, request);
  }
}
