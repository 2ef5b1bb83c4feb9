package coop.seedbed.directory;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pages behind the directory's mailed links: {@code /coops/confirm} (the one-click "still
 * going" answer, which changes nothing but a date, so opening it is enough) and {@code /coops/join}
 * (a claim or invitation, used with a button while signed in).
 */
@Named("directoryLinks")
@RequestScoped
public class LinkPages {

  @Inject StillGoing stillGoing;
  @Inject MaintainerClaims claims;
  @Inject CurrentCaller caller;

  private String token;
  private OrganisationView confirmed;

  public void confirm() {
    Pages.attempt(
        () -> confirmed = stillGoing.confirmStillGoing(token == null ? "" : token), "token");
  }

  public String checkSignedIn() {
    if (!caller.isSignedIn()) {
      return Pages.redirect(
          "/signin?next="
              + URLEncoder.encode("/coops/join?token=" + token, StandardCharsets.UTF_8));
    }
    return null;
  }

  public String join() {
    OrganisationView[] org = new OrganisationView[1];
    if (Pages.attempt(
        () -> org[0] = claims.redeem(caller.get(), token == null ? "" : token), "token")) {
      Pages.notice("You now maintain this listing. Thank you for keeping it true.");
      return Pages.redirect("/coops/" + org[0].slug());
    }
    return null;
  }

  public OrganisationView getConfirmed() {
    return confirmed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
