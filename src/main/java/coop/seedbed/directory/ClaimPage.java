package coop.seedbed.directory;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /coops/{slug}/claim}: ask to maintain a listing, by mail at its domain or a moderator. */
@Named
@RequestScoped
public class ClaimPage {

  @Inject FindListings listings;
  @Inject MaintainerClaims claims;
  @Inject CurrentCaller caller;

  private String slug;
  private OrganisationView org;
  private String email;
  private String message;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect(
          "/signin?next=" + URLEncoder.encode("/coops/" + slug + "/claim", StandardCharsets.UTF_8));
    }
    try {
      org = listings.find(caller.get(), slug);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
    return null;
  }

  public String byMail() {
    String[] answer = new String[1];
    if (Pages.attempt(
        () -> answer[0] = claims.requestClaim(caller.get(), slug, new ClaimRequest(email, null)),
        "email")) {
      Pages.notice(answer[0]);
      return Pages.redirect("/coops/" + slug);
    }
    return null;
  }

  public String byModerator() {
    String[] answer = new String[1];
    if (Pages.attempt(
        () -> answer[0] = claims.requestClaim(caller.get(), slug, new ClaimRequest(null, message)),
        "message")) {
      Pages.notice(answer[0]);
      return Pages.redirect("/coops/" + slug);
    }
    return null;
  }

  public OrganisationView getOrg() {
    if (org == null && slug != null) {
      org = listings.find(caller.get(), slug);
    }
    return org;
  }

  public String getWebsiteHost() {
    OrganisationView listing = getOrg();
    return listing == null || listing.website() == null
        ? null
        : Keys.website(listing.website()).orElse(null);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
