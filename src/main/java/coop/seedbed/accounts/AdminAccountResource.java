package coop.seedbed.accounts;

import coop.seedbed.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** Staff give and take roles (reviewer, volunteer, staff...) by email address. */
@Path("admin/accounts/{email}/roles/{role}")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller caller;

  @PUT
  public AccountView grant(@PathParam("email") String email, @PathParam("role") String role) {
    return accounts.changeRole(caller.get(), email, parse(role), true);
  }

  @DELETE
  public AccountView revoke(@PathParam("email") String email, @PathParam("role") String role) {
    return accounts.changeRole(caller.get(), email, parse(role), false);
  }

  private static Role parse(String role) {
    try {
      return Role.valueOf(role.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "role",
          "Unknown role "
              + role
              + "; roles are member, maintainer, volunteer, reviewer, staff, admin.");
    }
  }
}
