package coop.seedbed.accounts;

import coop.seedbed.http.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in person's own account: what it holds, a new verification mail, export, deletion. */
@Path("me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller caller;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @GET
  public AccountView me() {
    return accounts.describe(caller.get());
  }

  @POST
  @Path("verification-mail")
  public Response resendVerification() {
    accounts.resendVerification(caller.get());
    return Response.accepted(AccountService.CHECK_MAIL).build();
  }

  /** Everything Seedbed holds about the caller, as a download. */
  @GET
  @Path("export")
  public Response exportData() {
    return Response.ok(accounts.exportData(caller.get()))
        .header("Content-Disposition", "attachment; filename=\"seedbed-my-data.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("deletion")
  public Response deleteAccount(DeleteAccountRequest body) {
    accounts.deleteAccount(caller.get(), body);
    Sessions.signOut(request);
    return Response.noContent().build();
  }
}
