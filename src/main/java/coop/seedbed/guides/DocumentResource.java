package coop.seedbed.guides;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.Downloads;
import coop.seedbed.shared.InvalidInputException;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The legal library over HTTP. Uploads are {@code multipart/form-data} with the fields of {@link
 * DocumentRequest} and a {@code file} part; they answer 202, as the text is read afterwards: poll
 * the document until its status is {@code ready} or {@code failed}.
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  @Inject FindDocuments documents;
  @Inject AddDocuments uploads;
  @Inject ChangeDocuments changes;
  @Inject DocumentFiles files;
  @Inject CurrentCaller caller;

  @GET
  public List<DocumentView> list(
      @QueryParam("topic") String topic,
      @QueryParam("jurisdiction") String jurisdiction,
      @QueryParam("mine") boolean mine) {
    return documents.list(caller.get(), topic, jurisdiction, mine);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(List<EntityPart> parts) {
    Upload upload = Upload.of(parts, files);
    DocumentView created =
        uploads.upload(caller.get(), upload.request(), upload.fileName(), upload.bytes());
    return Response.accepted(created)
        .location(URI.create("/api/documents/" + created.slug()))
        .build();
  }

  @GET
  @Path("{slug}")
  public DocumentView find(@PathParam("slug") String slug) {
    return documents.find(caller.get(), slug);
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DocumentView update(@PathParam("slug") String slug, DocumentRequest body) {
    return changes.update(caller.get(), slug, body);
  }

  @DELETE
  @Path("{slug}")
  public Response delete(@PathParam("slug") String slug) {
    changes.delete(caller.get(), slug);
    return Response.noContent().build();
  }

  /** The file exactly as uploaded. */
  @GET
  @Path("{slug}/file")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("slug") String slug) {
    FindDocuments.DocumentFile file = documents.file(caller.get(), slug);
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", Downloads.attachment(file.fileName()))
        .header("Content-Length", file.bytes().length)
        .build();
  }

  @PUT
  @Path("{slug}/file")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response replaceFile(@PathParam("slug") String slug, List<EntityPart> parts) {
    Upload upload = Upload.of(parts, files);
    return Response.accepted(
            changes.replaceFile(caller.get(), slug, upload.fileName(), upload.bytes()))
        .build();
  }

  /** Reads the document's file again, as after a fix to Seedbed's reader. */
  @POST
  @Path("{slug}/extraction")
  public Response retry(@PathParam("slug") String slug) {
    return Response.accepted(changes.retry(caller.get(), slug)).build();
  }

  /** The parts of a multipart upload: the description fields and the file. */
  record Upload(DocumentRequest request, String fileName, byte[] bytes) {

    static Upload of(List<EntityPart> parts, DocumentFiles files) {
      String title = null;
      String summary = null;
      String jurisdiction = null;
      String licence = null;
      List<String> topics = new ArrayList<>();
      String fileName = null;
      byte[] bytes = null;
      if (parts == null || parts.isEmpty()) {
        throw new InvalidInputException(
            "file", "Send the document as multipart/form-data with a part named \"file\".");
      }
      try {
        for (EntityPart part : parts) {
          switch (part.getName() == null ? "" : part.getName()) {
            case "title" -> title = part.getContent(String.class);
            case "summary" -> summary = part.getContent(String.class);
            case "jurisdiction" -> jurisdiction = part.getContent(String.class);
            case "licence" -> licence = part.getContent(String.class);
            case "topics" ->
                Arrays.stream(part.getContent(String.class).split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .forEach(topics::add);
            case "file" -> {
              fileName = part.getFileName().orElse("document");
              try (InputStream in = part.getContent()) {
                bytes = files.readLimited(in);
              }
            }
            default -> {
              // Unknown parts are ignored, like unknown JSON fields.
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (bytes == null) {
        throw new InvalidInputException("file", "Send the document as a part named \"file\".");
      }
      return new Upload(
          new DocumentRequest(title, summary, jurisdiction, topics, licence), fileName, bytes);
    }
  }
}
