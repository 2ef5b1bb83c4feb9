package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A reviewer's assignments, each application to read, and their scores. */
@Path("accelerator/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject ReviewService reviews;
  @Inject CurrentCaller caller;

  /** The signed-in reviewer's assignments; {@code q} keeps those whose text has every word. */
  @GET
  public List<AssignmentView> assignments(@QueryParam("q") String words) {
    return reviews.assignments(caller.get(), words);
  }

  @GET
  @Path("{id}")
  public ReviewView review(@PathParam("id") long id) {
    return reviews.open(caller.get(), id);
  }

  /** Saves the scores; {@code "submit": true} hands the review in. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewView save(@PathParam("id") long id, ReviewRequest request) {
    return reviews.save(caller.get(), id, request);
  }

  /** The original of a file answer, where review is not blind. */
  @GET
  @Path("{id}/files/{question}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id, @PathParam("question") String question) {
    return AcceleratorResource.file(reviews.file(caller.get(), id, question));
  }
}
