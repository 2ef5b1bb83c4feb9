package coop.seedbed.directory;

import coop.seedbed.accounts.Caller;
import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A listing's own changes: submitting a new one for moderation, editing it, taking it off the
 * directory and putting it back, and reading its history. Only maintainers and staff may.
 */
@ApplicationScoped
class ListingEdits {

  static final String BODY_REQUIRED = "Send the listing as a JSON body.";
  @Inject Organisations organisations;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject ListingHistory history;
  @Inject ListingAccess access;
  @Inject DuplicateListings duplicates;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  /** Submits a new listing for moderation; the submitter becomes its first maintainer. */
  @Transactional
  public OrganisationView submit(
      @NotNull Caller caller,
      @NotNull(message = BODY_REQUIRED) @Valid OrganisationRequest request) {
    long accountId = caller.requireVerifiedEmail().requirePerson();
    if (!Boolean.TRUE.equals(request.affirmStandards())) {
      throw new InvalidInputException(
          "affirmStandards", "Affirm that the organisation meets the listing standards.");
    }
    Organisation org = new Organisation();
    Listings.apply(request, org);
    duplicates.refuseDuplicates(org, null);
    OffsetDateTime now = now();
    org.slug = uniqueSlug(org.name, org.city);
    org.status = OrganisationStatus.PENDING;
    org.origin = Origin.SUBMITTED;
    org.submittedBy = accountId;
    org.standardsAffirmedAt = now;
    org.createdAt = now;
    org.updatedAt = now;
    org.lastConfirmedAt = now;
    organisations.add(org);
    organisations.persistTags(org);
    organisations.addMaintainer(org.id, accountId, now);
    history.record(org, "Submitted for moderation", Revision.Actor.MAINTAINER, accountId);
    mailer.send(
        new Mail(
            caller.email(),
            "listing-received",
            Map.of("name", org.name, "link", baseUrl + "/coops/" + org.slug)));
    return OrganisationView.of(org, true, true);
  }

  /**
   * A maintainer's or moderator's edit. It goes live at once and counts as a confirmation that the
   * listing is true; editing a rejected listing submits it again.
   */
  @Transactional
  public OrganisationView edit(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = BODY_REQUIRED) @Valid OrganisationRequest request) {
    Organisation org = organisations.lockBySlug(slug);
    Revision.Actor actor = access.requireMaintainerOrStaff(caller, org);
    duplicates.refuseDuplicates(DuplicateListings.candidate(request), org.id);
    boolean contentChanged = Listings.apply(request, org);
    OffsetDateTime now = now();
    String summary = contentChanged ? "Edited" : "Confirmed unchanged";
    if (org.status == OrganisationStatus.REJECTED) {
      org.status = OrganisationStatus.PENDING;
      org.rejectionReason = null;
      summary = "Edited and submitted again";
    }
    StillGoing.markConfirmed(org, now);
    org.updatedAt = now;
    organisations.writeTags(org);
    history.record(org, summary, actor, caller.accountId());
    return OrganisationView.of(org, true, true);
  }

  /** Takes a listing off the public directory, or puts a previously published one back. */
  @Transactional
  public OrganisationView setPublished(
      @NotNull Caller caller, @NotNull String slug, boolean published) {
    Organisation org = organisations.lockBySlug(slug);
    Revision.Actor actor = access.requireMaintainerOrStaff(caller, org);
    if (published) {
      if (org.status != OrganisationStatus.UNPUBLISHED || org.publishedAt == null) {
        throw new ConflictException(
            "Only a listing that was published and then taken down can be put back.");
      }
      org.status = OrganisationStatus.PUBLISHED;
      history.record(org, "Published again", actor, caller.accountId());
    } else {
      if (org.status != OrganisationStatus.PUBLISHED) {
        throw new ConflictException("This listing is not published.");
      }
      org.status = OrganisationStatus.UNPUBLISHED;
      history.record(org, "Taken off the directory", actor, caller.accountId());
    }
    org.updatedAt = now();
    return access.view(org, true);
  }

  public List<RevisionView> history(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.getBySlug(slug);
    access.requireMaintainerOrStaff(caller, org);
    return organisations.revisions(org.id).stream().map(RevisionView::of).toList();
  }

  String uniqueSlug(String name, String city) {
    // Every candidate starts with the name's slug, so one query finds all that are taken.
    Set<String> taken = organisations.slugsLike(Keys.slug(name));
    return Keys.uniqueSlug(
        name, city, slug -> ReservedSlugs.SLUGS.contains(slug) || taken.contains(slug));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
