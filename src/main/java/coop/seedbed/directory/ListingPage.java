package coop.seedbed.directory;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.Markdown;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code /coops/{slug}}: one listing, with its JSON-LD, the listing standards, when it was last
 * confirmed, and for maintainers and moderators the actions that keep it true.
 */
@Named
@RequestScoped
public class ListingPage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Inject FindListings listings;
  @Inject ListingEdits edits;
  @Inject StillGoing stillGoing;
  @Inject MaintainerClaims claims;
  @Inject Moderation moderation;
  @Inject OpenData openData;
  @Inject CurrentCaller caller;

  private String slug;
  private OrganisationView org;
  private String inviteEmail;
  private String reason;

  public void load() {
    if (slug == null) {
      Pages.notFound();
      return;
    }
    try {
      org = listings.find(caller.get(), slug);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  private OrganisationView org() {
    if (org == null && slug != null) {
      org = listings.find(caller.get(), slug);
    }
    return org;
  }

  public OrganisationView getOrg() {
    return org();
  }

  public String getDescriptionHtml() {
    return Markdown.toSafeHtml(org().description());
  }

  public String getJsonLd() {
    return org().status().equals("published") ? openData.jsonLd(slug) : null;
  }

  public String getKindLabel() {
    return Kind.fromCode(org().kind()).map(Kind::label).orElse(org().kind());
  }

  public String getCountryName() {
    return org().country() == null ? null : Countries.name(org().country());
  }

  /** "English, Portuguese (Brazil)" rather than the codes the listing stores ("en, pt-BR"). */
  public String getLanguageNames() {
    return languageNames(org().languages());
  }

  static String languageNames(List<String> codes) {
    return String.join(
        ", ",
        codes.stream()
            .map(
                code -> {
                  String name = Locale.forLanguageTag(code).getDisplayName(Locale.UK);
                  return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
                })
            .toList());
  }

  public String getPlace() {
    StringBuilder place = new StringBuilder();
    for (String part : new String[] {org().city(), org().region(), getCountryName()}) {
      if (part != null) {
        place.append(place.isEmpty() ? "" : ", ").append(part);
      }
    }
    return place.toString();
  }

  /** A link to the place on OpenStreetMap: a link only, nothing of the map is loaded here. */
  public String getMapLink() {
    if (org().latitude() == null) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=15/%.5f/%.5f",
        org().latitude(),
        org().longitude(),
        org().latitude(),
        org().longitude());
  }

  public String getLastConfirmed() {
    return DAY.format(org().lastConfirmedAt());
  }

  public boolean isCanEdit() {
    return listings.canEdit(caller.get(), slug);
  }

  public boolean isStaff() {
    return caller.isStaff();
  }

  public List<String> getMaintainers() {
    return isCanEdit() ? listings.maintainerNames(caller.get(), slug) : List.of();
  }

  public List<RevisionView> getHistory() {
    return isCanEdit() ? edits.history(caller.get(), slug) : List.of();
  }

  public String day(OffsetDateTime at) {
    return DAY.format(at);
  }

  public String confirm() {
    if (Pages.attempt(() -> stillGoing.confirm(caller.get(), slug))) {
      Pages.notice("Thank you: the listing is confirmed as still true.");
    }
    return Pages.redirect("/coops/" + slug);
  }

  public String invite() {
    if (Pages.attempt(
        () -> claims.inviteMaintainer(caller.get(), slug, new InviteRequest(inviteEmail)),
        "inviteEmail")) {
      Pages.notice("The invitation is on its way to " + inviteEmail + ".");
      return Pages.redirect("/coops/" + slug);
    }
    return null;
  }

  public String unpublish() {
    if (Pages.attempt(() -> edits.setPublished(caller.get(), slug, false))) {
      Pages.notice("The listing is off the public directory. You can put it back at any time.");
    }
    return Pages.redirect("/coops/" + slug);
  }

  public String republish() {
    if (Pages.attempt(() -> edits.setPublished(caller.get(), slug, true))) {
      Pages.notice("The listing is back in the directory.");
    }
    return Pages.redirect("/coops/" + slug);
  }

  public String approve() {
    if (Pages.attempt(() -> moderation.approve(caller.get(), slug))) {
      Pages.notice("Published. The submitter has been told.");
    }
    return Pages.redirect("/coops/" + slug);
  }

  public String reject() {
    if (Pages.attempt(
        () -> moderation.reject(caller.get(), slug, new ReasonRequest(reason)), "reason")) {
      Pages.notice("Rejected. The submitter has been told why.");
      return Pages.redirect("/coops/" + slug);
    }
    return null;
  }

  public String revert(int number) {
    if (Pages.attempt(() -> moderation.revert(caller.get(), slug, number))) {
      Pages.notice("Reverted to revision " + number + ".");
    }
    return Pages.redirect("/coops/" + slug);
  }

  public String askStillGoing() {
    if (Pages.attempt(() -> stillGoing.askStillGoing(caller.get(), slug))) {
      Pages.notice("The maintainers have been asked whether the listing is still true.");
    }
    return Pages.redirect("/coops/" + slug);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
