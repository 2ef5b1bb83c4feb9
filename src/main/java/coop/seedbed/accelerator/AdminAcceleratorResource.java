package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
 * Running the accelerator, for staff (a staff account or the admin token): programmes, cohorts and
 * their forms and panels, assignment, the ranking and progress boards, decisions and exports.
 */
@Path("admin/accelerator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAcceleratorResource {

  static final String CSV = "text/csv; charset=UTF-8";

  @Inject ProgrammeService programmes;
  @Inject AssignmentService assignment;
  @Inject RankingService ranking;
  @Inject DecisionService decisions;
  @Inject StaffApplications staffApplications;
  @Inject AcceleratorExport export;
  @Inject CurrentCaller caller;

  @GET
  @Path("programmes")
  public List<ProgrammeView> programmes() {
    return programmes.programmes(caller.get());
  }

  @POST
  @Path("programmes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createProgramme(ProgrammeRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(programmes.createProgramme(caller.get(), request))
        .build();
  }

  @GET
  @Path("cohorts")
  public List<CohortAdminView> cohorts() {
    return programmes.cohortsForStaff(caller.get());
  }

  @POST
  @Path("cohorts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createCohort(CohortRequest request) {
    CohortAdminView created = programmes.createCohort(caller.get(), request);
    return Response.status(Response.Status.CREATED)
        .header("Location", "/api/accelerator/cohorts/" + created.call().slug())
        .entity(created)
        .build();
  }

  @GET
  @Path("cohorts/{cohort}")
  public CohortAdminView cohort(@PathParam("cohort") String cohort) {
    return programmes.describeForStaff(caller.get(), cohort);
  }

  /** Moves the application window, usually to extend it. */
  @PUT
  @Path("cohorts/{cohort}/window")
  @Consumes(MediaType.APPLICATION_JSON)
  public CohortAdminView window(@PathParam("cohort") String cohort, WindowRequest request) {
    return programmes.changeWindow(caller.get(), cohort, request);
  }

  @PUT
  @Path("cohorts/{cohort}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  public CohortAdminView questions(
      @PathParam("cohort") String cohort, List<QuestionRequest> request) {
    return programmes.replaceQuestions(caller.get(), cohort, request);
  }

  @PUT
  @Path("cohorts/{cohort}/mail-templates")
  @Consumes(MediaType.APPLICATION_JSON)
  public CohortAdminView mailTemplates(
      @PathParam("cohort") String cohort, MailTemplatesRequest request) {
    return programmes.changeMailTemplates(caller.get(), cohort, request);
  }

  @GET
  @Path("cohorts/{cohort}/reviewers")
  public List<ReviewerView> reviewers(@PathParam("cohort") String cohort) {
    return programmes.reviewers(caller.get(), cohort);
  }

  /** Puts a reviewer on the cohort's panel with their expertise, or changes it. */
  @PUT
  @Path("cohorts/{cohort}/reviewers/{email}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewerView setReviewer(
      @PathParam("cohort") String cohort,
      @PathParam("email") String email,
      ExpertiseRequest request) {
    return programmes.setReviewer(caller.get(), cohort, email, request);
  }

  @DELETE
  @Path("cohorts/{cohort}/reviewers/{email}")
  public Response removeReviewer(
      @PathParam("cohort") String cohort, @PathParam("email") String email) {
    programmes.removeReviewer(caller.get(), cohort, email);
    return Response.noContent().build();
  }

  /** Runs the optimal assignment of the submitted applications, keeping what is fixed. */
  @POST
  @Path("cohorts/{cohort}/assignment")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public AssignmentReport assign(@PathParam("cohort") String cohort, AssignRequest request) {
    return assignment.assign(caller.get(), cohort, request);
  }

  /**
   * The ranking board, best first, a page at a time ({@code page} from 1, {@code size} up to 1,000,
   * 100 by default); {@code normalise=false} ranks by the raw mean.
   */
  @GET
  @Path("cohorts/{cohort}/ranking")
  public Response ranking(
      @PathParam("cohort") String cohort,
      @QueryParam("normalise") String normalise,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    boolean z = normalise == null || !normalise.equalsIgnoreCase("false");
    return Response.ok(
            ranking.rankingJson(caller.get(), cohort, z, page, size), MediaType.APPLICATION_JSON)
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("cohorts/{cohort}/progress")
  public ProgressView progress(@PathParam("cohort") String cohort) {
    return ranking.progress(caller.get(), cohort);
  }

  @GET
  @Path("cohorts/{cohort}/applications")
  public List<ApplicationView> applications(@PathParam("cohort") String cohort) {
    return staffApplications.ofCohort(caller.get(), cohort);
  }

  @GET
  @Path("cohorts/{cohort}/export.csv")
  @Produces(CSV)
  public Response exportCsv(@PathParam("cohort") String cohort) {
    return Response.ok(export.csv(caller.get(), cohort))
        .header("Content-Disposition", "attachment; filename=\"" + cohort + "-applications.csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("cohorts/{cohort}/export.json")
  public Response exportJson(@PathParam("cohort") String cohort) {
    return Response.ok(export.json(caller.get(), cohort).toString(), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"" + cohort + "-applications.json\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("applications/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationView decide(@PathParam("id") long id, DecisionRequest request) {
    return decisions.decide(caller.get(), id, request);
  }

  /** Gives the application to this reviewer, fixed: a re-run of the assignment keeps it. */
  @PUT
  @Path("applications/{id}/reviewers/{email}")
  public ReviewerView fix(@PathParam("id") long id, @PathParam("email") String email) {
    return assignment.fix(caller.get(), id, email);
  }

  @DELETE
  @Path("applications/{id}/reviewers/{email}")
  public Response unassign(@PathParam("id") long id, @PathParam("email") String email) {
    assignment.unassign(caller.get(), id, email);
    return Response.noContent().build();
  }

  /** Passages of this application that reviewers of a blind cohort must not see. */
  @PUT
  @Path("applications/{id}/redactions")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationView redactions(@PathParam("id") long id, RedactionsRequest request) {
    return staffApplications.redact(caller.get(), id, request);
  }
}
