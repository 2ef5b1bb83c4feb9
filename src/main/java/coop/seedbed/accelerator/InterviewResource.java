package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A shortlisted team's interview: see it, book or move it, cancel it. */
@Path("accelerator/applications/{id}/interview")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

  @Inject InterviewService interviews;
  @Inject CurrentCaller caller;

  @GET
  public InterviewView interview(@PathParam("id") long id, @QueryParam("tz") String timeZone) {
    return interviews
        .find(caller.get(), id, timeZone)
        .orElseThrow(() -> new NotFoundException("No interview is booked for this team."));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public InterviewView book(@PathParam("id") long id, InterviewRequest request) {
    return interviews.book(caller.get(), id, request);
  }

  @DELETE
  public void cancel(@PathParam("id") long id) {
    interviews.cancel(caller.get(), id);
  }
}
