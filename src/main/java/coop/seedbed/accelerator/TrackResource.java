package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A programme's self-paced track, and a signed-in person's progress through it. */
@Path("accelerator/tracks/{programme}")
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {

  @Inject TrackService tracks;
  @Inject CurrentCaller caller;

  @GET
  public TrackView track(@PathParam("programme") String programme) {
    return tracks.track(caller.get(), programme);
  }

  @PUT
  @Path("guides/{slug}")
  public TrackView markRead(
      @PathParam("programme") String programme, @PathParam("slug") String slug) {
    return tracks.markRead(caller.get(), programme, slug);
  }

  @DELETE
  @Path("guides/{slug}")
  public TrackView markUnread(
      @PathParam("programme") String programme, @PathParam("slug") String slug) {
    return tracks.markUnread(caller.get(), programme, slug);
  }
}
