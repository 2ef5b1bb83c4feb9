package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The directory over JSON: browsing and open data for anyone, editing for maintainers. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject FindListings listings;
  @Inject ListingEdits edits;
  @Inject StillGoing stillGoing;
  @Inject MaintainerClaims claims;
  @Inject OpenData openData;
  @Inject CurrentCaller caller;

  @GET
  public OrganisationPage browse(
      @QueryParam("kind") String kind,
      @QueryParam("country") String country,
      @QueryParam("sector") String sector,
      @QueryParam("service") String service,
      @QueryParam("technology") String technology,
      @QueryParam("language") String language,
      @QueryParam("hiring") String hiring,
      @QueryParam("acceptingMembers") String acceptingMembers,
      @QueryParam("remote") String remote,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return listings.browse(
        DirectoryQuery.parse(
            kind,
            country,
            sector,
            service,
            technology,
            language,
            hiring,
            acceptingMembers,
            remote,
            page,
            size));
  }

  @POST
  public Response submit(OrganisationRequest body) {
    OrganisationView created = edits.submit(caller.get(), body);
    return Response.created(URI.create("/api/organisations/" + created.slug()))
        .entity(created)
        .build();
  }

  @GET
  @Path("export.jsonl")
  @Produces("application/x-ndjson")
  public Response exportJsonLines() {
    return download(
        openData::writeJsonLines, "application/x-ndjson", "seedbed-organisations.jsonl");
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response exportCsv() {
    return download(openData::writeCsv, "text/csv;header=present", "seedbed-organisations.csv");
  }

  /** Something that writes an export to a writer, streamed to the client as it is written. */
  private interface Export {
    void writeTo(Writer writer) throws IOException;
  }

  private static Response download(Export export, String type, String fileName) {
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          export.writeTo(writer);
          writer.flush();
        };
    return Response.ok(body, type + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  @GET
  @Path("{slug}")
  public OrganisationView find(@PathParam("slug") String slug) {
    return listings.find(caller.get(), slug);
  }

  @PUT
  @Path("{slug}")
  public OrganisationView edit(@PathParam("slug") String slug, OrganisationRequest body) {
    return edits.edit(caller.get(), slug, body);
  }

  @GET
  @Path("{slug}/murmurations")
  public JsonObject murmurations(@PathParam("slug") String slug) {
    return openData.murmurations(slug);
  }

  @GET
  @Path("{slug}/revisions")
  public List<RevisionView> history(@PathParam("slug") String slug) {
    return edits.history(caller.get(), slug);
  }

  /** Body {@code {"status": "published"}} or {@code {"status": "unpublished"}}. */
  @PUT
  @Path("{slug}/status")
  public OrganisationView setStatus(@PathParam("slug") String slug, JsonObject body) {
    String status = body == null ? null : body.getString("status", null);
    if (!"published".equals(status) && !"unpublished".equals(status)) {
      throw new InvalidInputException("status", "Give status \"published\" or \"unpublished\".");
    }
    return edits.setPublished(caller.get(), slug, "published".equals(status));
  }

  @POST
  @Path("{slug}/confirmation")
  public OrganisationView confirm(@PathParam("slug") String slug) {
    return stillGoing.confirm(caller.get(), slug);
  }

  @GET
  @Path("{slug}/maintainers")
  public List<String> maintainers(@PathParam("slug") String slug) {
    return listings.maintainerNames(caller.get(), slug);
  }

  @POST
  @Path("{slug}/maintainers")
  public Response invite(@PathParam("slug") String slug, InviteRequest body) {
    claims.inviteMaintainer(caller.get(), slug, body);
    return Response.accepted(message("The invitation is on its way.")).build();
  }

  @POST
  @Path("{slug}/claims")
  public Response claim(@PathParam("slug") String slug, ClaimRequest body) {
    return Response.accepted(message(claims.requestClaim(caller.get(), slug, body))).build();
  }

  /** The one-click answer to the "still going?" mail, for API clients. */
  @POST
  @Path("confirmation")
  public OrganisationView confirmStillGoing(JsonObject body) {
    return stillGoing.confirmStillGoing(token(body));
  }

  /** Uses a claim or invitation link's token: the caller becomes a maintainer. */
  @POST
  @Path("claims/redemption")
  public OrganisationView redeem(JsonObject body) {
    return claims.redeem(caller.get(), token(body));
  }

  private static String token(JsonObject body) {
    String token = body == null ? null : body.getString("token", null);
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new InvalidInputException("token", "The link is missing its token.");
    }
    return token;
  }

  private static JsonObject message(String text) {
    return JSON.createObjectBuilder().add("message", text).build();
  }
}
