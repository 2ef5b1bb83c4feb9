package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Staff attach a mentor to a team by their account's address, or detach them. */
@Path("admin/accelerator/applications/{id}/mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorResource {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  @PUT
  @Path("{email}")
  public MentorView add(@PathParam("id") long id, @PathParam("email") String email) {
    return teams.addMentor(caller.get(), id, email);
  }

  @DELETE
  @Path("{email}")
  public void remove(@PathParam("id") long id, @PathParam("email") String email) {
    teams.removeMentor(caller.get(), id, email);
  }
}
