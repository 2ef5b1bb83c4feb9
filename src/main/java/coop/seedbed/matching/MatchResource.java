package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.shared.NotFoundException;
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
import java.util.Map;

/**
 * Matchmaking for the signed-in person: their profile, suggestions with reasons, introductions
 * asked and answered, blocks and hidden suggestions, and founding circles.
 */
@Path("matching")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

  @Inject ProfileService profiles;
  @Inject SuggestionService suggestions;
  @Inject IntroductionService introductions;
  @Inject BlockService blocks;
  @Inject CircleService circles;
  @Inject CurrentCaller caller;

  @GET
  @Path("me")
  public ProfileView me() {
    return profiles
        .mine(caller.get())
        .orElseThrow(() -> new NotFoundException("You have no matchmaking profile yet."));
  }

  @PUT
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProfileView save(ProfileRequest request) {
    return profiles.save(caller.get(), request);
  }

  @DELETE
  @Path("me")
  public Response delete() {
    profiles.delete(caller.get());
    return Response.noContent().build();
  }

  /** Someone's profile, as its owner chose to show it. */
  @GET
  @Path("profiles/{id}")
  public PersonView person(@PathParam("id") long id) {
    return profiles.person(caller.get(), id);
  }

  /** Suggestions by list (people, roles, mentors, mentees), each with its reasons. */
  @GET
  @Path("suggestions")
  public Map<String, List<SuggestionView>> suggestions(@QueryParam("list") String list) {
    return suggestions.suggestions(caller.get(), list);
  }

  @POST
  @Path("hidden")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hide(HideRequest request) {
    suggestions.hide(
        caller.get(),
        request == null ? null : request.kind(),
        request == null ? null : request.id());
    return Response.noContent().build();
  }

  @GET
  @Path("introductions")
  public List<IntroductionView> introductions() {
    return introductions.mine(caller.get());
  }

  /** Asks for an introduction: 201, and the other person is mailed. */
  @POST
  @Path("introductions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(AskRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(introductions.ask(caller.get(), request))
        .build();
  }

  /** The person asked answers: {@code {"accept": true}}. */
  @POST
  @Path("introductions/{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public IntroductionView answer(@PathParam("id") long id, AnswerRequest request) {
    return introductions.answer(caller.get(), id, AnswerRequest.accepts(request));
  }

  @POST
  @Path("blocks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response block(BlockRequest request) {
    blocks.block(caller.get(), request);
    return Response.noContent().build();
  }

  @GET
  @Path("circles")
  public List<CircleView> circles() {
    return circles.mine(caller.get());
  }

  /** A member of a proposed circle says whether they are in: {@code {"accept": true}}. */
  @POST
  @Path("circles/{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public CircleView answerCircle(@PathParam("id") long id, AnswerRequest request) {
    return circles.answer(caller.get(), id, AnswerRequest.accepts(request));
  }
}
