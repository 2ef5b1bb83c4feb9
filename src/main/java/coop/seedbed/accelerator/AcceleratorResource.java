package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The accelerator for applicants and reviewers: calls for applications, a team's application from
 * draft to decision, and a reviewer's conflicts. Staff use {@link AdminAcceleratorResource}.
 */
@Path("accelerator")
@Produces(MediaType.APPLICATION_JSON)
public class AcceleratorResource {

  @Inject ProgrammeService programmes;
  @Inject ApplicationService applications;
  @Inject DecisionService decisions;
  @Inject ReviewService reviews;
  @Inject CurrentCaller caller;

  /** Calls open now or opening later, soonest deadline first. */
  @GET
  @Path("cohorts")
  public List<CallSummary> calls() {
    return programmes.calls();
  }

  @GET
  @Path("cohorts/{cohort}")
  public CallView call(@PathParam("cohort") String cohort) {
    return programmes.call(cohort);
  }

  /** Starts the signed-in person's team's draft: 201 with the draft. */
  @POST
  @Path("cohorts/{cohort}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("cohort") String cohort, StartRequest request) {
    ApplicationView draft = applications.start(caller.get(), cohort, request);
    return Response.status(Response.Status.CREATED)
        .header("Location", "/api/accelerator/applications/" + draft.id())
        .entity(draft)
        .build();
  }

  /** The signed-in reviewer's expertise for one of their panels. */
  @PUT
  @Path("cohorts/{cohort}/expertise")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewerView expertise(@PathParam("cohort") String cohort, ExpertiseRequest request) {
    return programmes.changeOwnExpertise(caller.get(), cohort, request);
  }

  /** The applications the signed-in person is on, newest first. */
  @GET
  @Path("applications")
  public List<ApplicationView> mine() {
    return applications.mine(caller.get());
  }

  @GET
  @Path("applications/{id}")
  public ApplicationView application(@PathParam("id") long id) {
    return applications.find(caller.get(), id);
  }

  @PUT
  @Path("applications/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationView save(@PathParam("id") long id, DraftRequest request) {
    return applications.save(caller.get(), id, request);
  }

  @POST
  @Path("applications/{id}/submission")
  public ApplicationView submit(@PathParam("id") long id) {
    return applications.submit(caller.get(), id);
  }

  @POST
  @Path("applications/{id}/withdrawal")
  public ApplicationView withdraw(@PathParam("id") long id) {
    return applications.withdraw(caller.get(), id);
  }

  /** The team takes up an offered place, or turns it down: {@code {"accept": true}}. */
  @POST
  @Path("applications/{id}/response")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationView respond(@PathParam("id") long id, ResponseRequest request) {
    return decisions.respond(caller.get(), id, ResponseRequest.accepts(request));
  }

  @POST
  @Path("applications/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(@PathParam("id") long id, InviteMemberRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(applications.invite(caller.get(), id, request))
        .build();
  }

  @DELETE
  @Path("applications/{id}/members/{member}")
  public Response removeMember(@PathParam("id") long id, @PathParam("member") long member) {
    applications.removeMember(caller.get(), id, member);
    return Response.noContent().build();
  }

  /**
   * A file for a file question, as the request body; its name in {@code ?name=}. Its text is read
   * in the background (202).
   */
  @PUT
  @Path("applications/{id}/files/{question}")
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @PathParam("id") long id,
      @PathParam("question") String question,
      @QueryParam("name") String name,
      byte[] body) {
    return Response.accepted(applications.upload(caller.get(), id, question, name, body)).build();
  }

  @GET
  @Path("applications/{id}/files/{question}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("question") String question) {
    return file(applications.file(caller.get(), id, question));
  }

  /** A reviewer on the cohort's panel declares a conflict of interest with the application. */
  @POST
  @Path("applications/{id}/conflicts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response declareConflict(@PathParam("id") long id, ConflictRequest request) {
    reviews.declareConflict(caller.get(), id, request);
    return Response.status(Response.Status.CREATED).build();
  }

  /** What an invitation to join a team is, for the invited person. */
  @GET
  @Path("invitations/{token}")
  public ApplicationService.InvitationView invitation(@PathParam("token") String token) {
    return applications.invitation(token);
  }

  /** The invited person, signed in, joins the team or not: {@code {"accept": true}}. */
  @POST
  @Path("invitations/{token}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationService.InvitationView answer(
      @PathParam("token") String token, ResponseRequest request) {
    return applications.answerInvitation(caller.get(), token, ResponseRequest.accepts(request));
  }

  static Response file(ApplicationService.StoredFile file) {
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", Downloads.attachment(file.fileName()))
        .header("Content-Length", file.bytes().length)
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
