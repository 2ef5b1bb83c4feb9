package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Moderation and bulk work on the directory, for staff (a staff account or the admin token). */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminOrganisationResource {

  @Inject Moderation moderation;
  @Inject StillGoing stillGoing;
  @Inject MaintainerClaims claims;
  @Inject BulkImports imports;
  @Inject Reconfirmation reconfirmation;
  @Inject CurrentCaller caller;

  @GET
  @Path("organisations/pending")
  public List<OrganisationView> pending() {
    return moderation.pending(caller.get());
  }

  @POST
  @Path("organisations/{slug}/approval")
  public OrganisationView approve(@PathParam("slug") String slug) {
    return moderation.approve(caller.get(), slug);
  }

  @POST
  @Path("organisations/{slug}/rejection")
  public OrganisationView reject(@PathParam("slug") String slug, ReasonRequest body) {
    return moderation.reject(caller.get(), slug, body);
  }

  @POST
  @Path("organisations/{slug}/revisions/{number}/revert")
  public OrganisationView revert(@PathParam("slug") String slug, @PathParam("number") int number) {
    return moderation.revert(caller.get(), slug, number);
  }

  /** Mails the listing's maintainers the "still going?" question now. */
  @POST
  @Path("organisations/{slug}/reconfirmation")
  public JsonObject askStillGoing(@PathParam("slug") String slug) {
    stillGoing.askStillGoing(caller.get(), slug);
    return JSON.createObjectBuilder().add("message", "The maintainers have been asked.").build();
  }

  /** Runs the yearly check over the whole directory now, instead of waiting for its schedule. */
  @POST
  @Path("organisations/reconfirmation-check")
  public JsonObject runReconfirmation() {
    caller.get().requireStaff();
    int acted = reconfirmation.checkNow();
    return JSON.createObjectBuilder().add("listingsActedOn", acted).build();
  }

  /**
   * Stores the body and answers at once (202) with the import job that writes its lines; its
   * address is in {@code Location}.
   */
  @POST
  @Path("organisations/import")
  @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
  public Response importLines(InputStream body) {
    ImportJobView job = imports.submit(caller.get(), body, null);
    return Response.accepted(job).location(URI.create(job.url())).build();
  }

  @GET
  @Path("organisations/imports")
  public List<ImportJobView> imports() {
    return imports.recent(caller.get());
  }

  @GET
  @Path("organisations/imports/{id}")
  public ImportJobView importJob(@PathParam("id") long id) {
    return imports.job(caller.get(), id);
  }

  @GET
  @Path("claims")
  public List<ClaimView> claims() {
    return claims.pendingClaims(caller.get());
  }

  @POST
  @Path("claims/{id}/approval")
  public JsonObject approveClaim(@PathParam("id") long id) {
    claims.decideClaim(caller.get(), id, true, null);
    return JSON.createObjectBuilder().add("message", "Approved.").build();
  }

  @POST
  @Path("claims/{id}/rejection")
  public JsonObject rejectClaim(@PathParam("id") long id, ReasonRequest body) {
    claims.decideClaim(caller.get(), id, false, body == null ? null : body.reason());
    return JSON.createObjectBuilder().add("message", "Rejected.").build();
  }
}
