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

/** Password resets over JSON: ask for a mailed link, then use its token with a new password. */
@Path("password-resets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller caller;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @POST
  public Response requestPasswordReset(EmailRequest body) {
    accounts.requestPasswordReset(body, clientAddress.of(request));
    return Response.accepted(AccountService.CHECK_MAIL).build();
  }

  @POST
  @Path("redemption")
  public AccountView resetPassword(NewPasswordRequest body) {
    AccountView account = accounts.resetPassword(body);
    Sessions.signIn(request, account.id());
    return account;
  }
}
