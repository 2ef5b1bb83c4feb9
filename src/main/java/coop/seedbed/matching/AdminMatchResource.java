package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Matchmaking for staff: a cohort's mentor assignment, and proposing founding circles. */
@Path("admin/matching")
@Produces(MediaType.APPLICATION_JSON)
public class AdminMatchResource {

  @Inject MentorMatchService mentors;
  @Inject CircleService circles;
  @Inject CurrentCaller caller;

  /** Runs the optimal assignment of mentors to the cohort's teams, as a draft to review. */
  @POST
  @Path("cohorts/{cohort}/mentor-assignment")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public MentorAssignmentView propose(@PathParam("cohort") String cohort) {
    return mentors.propose(caller.get(), cohort);
  }

  @GET
  @Path("cohorts/{cohort}/mentor-assignment")
  public MentorAssignmentView draft(@PathParam("cohort") String cohort) {
    return mentors.draft(caller.get(), cohort, 0, 0);
  }

  /** Gives one team a particular mentor: {@code {"mentor": "address"}}; a re-run keeps it. */
  @PUT
  @Path("cohorts/{cohort}/mentor-assignment/{application}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MentorAssignmentView fix(
      @PathParam("cohort") String cohort,
      @PathParam("application") long application,
      MentorRequest request) {
    return mentors.fix(caller.get(), cohort, application, request);
  }

  /** Confirms the draft: mentors are attached to their teams, and both sides mailed. */
  @POST
  @Path("cohorts/{cohort}/mentor-assignment/confirmation")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public MentorAssignmentView confirm(@PathParam("cohort") String cohort) {
    return mentors.confirm(caller.get(), cohort);
  }

  /** Proposes founding circles to everyone waiting for one. */
  @POST
  @Path("circles")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public CircleService.ProposalReport proposeCircles() {
    return circles.propose(caller.get());
  }
}
