package coop.seedbed.accounts;

import coop.seedbed.http.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The web session over JSON: sign in by password or mailed link, sign out. A successful sign-in
 * sets the session cookie.
 */
@Path("session")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller caller;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @POST
  public AccountView signIn(SignInRequest body) {
    AccountView account = accounts.signIn(body, clientAddress.of(request));
    Sessions.signIn(request, account.id());
    return account;
  }

  @DELETE
  public Response signOut() {
    Sessions.signOut(request);
    return Response.noContent().build();
  }

  @POST
  @Path("links")
  public Response requestSignInLink(EmailRequest body) {
    accounts.requestSignInLink(body, clientAddress.of(request));
    return Response.accepted(AccountService.CHECK_MAIL).build();
  }

  @POST
  @Path("links/redemption")
  public AccountView signInWithLink(TokenRequest body) {
    AccountView account = accounts.signInWithLink(body);
    Sessions.signIn(request, account.id());
    return account;
  }
}
