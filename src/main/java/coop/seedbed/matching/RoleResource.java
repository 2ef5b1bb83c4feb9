package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A listing's open roles: anyone may read them; its maintainers post and close them. */
@Path("organisations/{slug}/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

  @Inject RoleService roles;
  @Inject CurrentCaller caller;

  @GET
  public List<RoleView> roles(@PathParam("slug") String slug) {
    return roles.roles(caller.get(), slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response post(@PathParam("slug") String slug, RoleRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(roles.post(caller.get(), slug, request))
        .build();
  }

  @DELETE
  @Path("{id}")
  public RoleView close(@PathParam("slug") String slug, @PathParam("id") long id) {
    return roles.close(caller.get(), slug, id);
  }
}
