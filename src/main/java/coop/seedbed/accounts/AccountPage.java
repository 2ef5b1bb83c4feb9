package coop.seedbed.accounts;

import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /account}: what Seedbed knows of the person, a new verification mail, export, deletion.
 */
@Named
@RequestScoped
public class AccountPage {

  @Inject AccountService accounts;
  @Inject CurrentCaller caller;
  @Inject HttpServletRequest request;

  private AccountView account;
  private String confirmEmail;

  /** Sends a visitor who is not signed in to the sign-in page, and back here afterwards. */
  public String load() {
    if (!caller.isSignedIn()) {
      return "/signin?faces-redirect=true&next=/account";
    }
    return null;
  }

  public String resendVerification() {
    if (Pages.attempt(() -> accounts.resendVerification(caller.get()))) {
      Pages.notice("A new confirmation link is on its way to " + caller.getEmail() + ".");
      return "/account?faces-redirect=true";
    }
    return null;
  }

  public String delete() {
    boolean done =
        Pages.attempt(
            () -> accounts.deleteAccount(caller.get(), new DeleteAccountRequest(confirmEmail)),
            "confirmEmail");
    if (!done) {
      return null;
    }
    Sessions.signOut(request);
    return "/account-deleted?faces-redirect=true";
  }

  public AccountView getAccount() {
    if (account == null && caller.isSignedIn()) {
      account = accounts.describe(caller.get());
    }
    return account;
  }

  public String getConfirmEmail() {
    return confirmEmail;
  }

  public void setConfirmEmail(String confirmEmail) {
    this.confirmEmail = confirmEmail;
  }
}
