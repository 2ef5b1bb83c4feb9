package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A note on a team by one of its mentors or staff. */
@Path("accelerator/applications/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class TeamNoteResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("id") long id, NoteRequest request) {
    TeamView.NoteView note = teams.addNote(caller.get(), id, request);
    return Response.created(URI.create("/api/accelerator/applications/" + id + "/team"))
        .entity(note)
        .build();
  }
}
