package coop.seedbed.directory;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** {@code /coops/moderation}: listings and claims waiting for a moderator. */
@Named
@RequestScoped
public class ModerationPage {

  @Inject Moderation moderation;
  @Inject MaintainerClaims maintainerClaims;
  @Inject CurrentCaller caller;
  @Inject HttpServletRequest request;

  private List<OrganisationView> pending;
  private List<ClaimView> claims;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/coops/moderation");
    }
    if (!caller.isStaff()) {
      Pages.notFound();
    }
    return null;
  }

  public List<OrganisationView> getPending() {
    if (pending == null) {
      pending = moderation.pending(caller.get());
    }
    return pending;
  }

  public List<ClaimView> getClaims() {
    if (claims == null) {
      claims = maintainerClaims.pendingClaims(caller.get());
    }
    return claims;
  }

  public String approveClaim(long id) {
    if (Pages.attempt(() -> maintainerClaims.decideClaim(caller.get(), id, true, null))) {
      Pages.notice("Claim approved; the person has been told.");
    }
    return Pages.redirect("/coops/moderation");
  }

  public String rejectClaim(long id) {
    String note = request.getParameter("reason");
    if (Pages.attempt(
        () -> maintainerClaims.decideClaim(caller.get(), id, false, note), "reason")) {
      Pages.notice("Claim declined; the person has been told why.");
      return Pages.redirect("/coops/moderation");
    }
    return null;
  }
}
