package coop.seedbed.accounts;

import coop.seedbed.http.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signing up and confirming an address, over JSON; the same use cases as the pages. */
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller caller;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @POST
  public Response signUp(SignUpRequest body) {
    accounts.signUp(body, clientAddress.of(request));
    return Response.accepted(AccountService.CHECK_MAIL).build();
  }

  @POST
  @Path("verification")
  public AccountView verifyEmail(TokenRequest body) {
    return accounts.verifyEmail(body);
  }
}
