package coop.seedbed.directory;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff moderation of listings: the queue of new ones, approving and rejecting them (the
 * maintainers are told by mail), and putting a listing back as an earlier revision left it.
 */
@ApplicationScoped
class Moderation {

  @Inject Organisations organisations;
  @Inject AccountService accounts;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject ListingHistory history;
  @Inject ListingAccess access;
  @Inject DuplicateListings duplicates;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  @Transactional
  public OrganisationView approve(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    if (org.status == OrganisationStatus.PUBLISHED) {
      return access.view(org, true);
    }
    OffsetDateTime now = now();
    org.status = OrganisationStatus.PUBLISHED;
    org.rejectionReason = null;
    if (org.publishedAt == null) {
      org.publishedAt = now;
    }
    StillGoing.markConfirmed(org, now);
    org.updatedAt = now;
    history.record(org, "Approved and published", Revision.Actor.MODERATOR, caller.accountId());
    tellMaintainers(org, "listing-approved", Map.of());
    return access.view(org, true);
  }

  @Transactional
  public OrganisationView reject(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = "Give a reason.") @Valid ReasonRequest reason) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    if (org.status != OrganisationStatus.PENDING) {
      throw new ConflictException(
          "Only a listing waiting for moderation can be rejected; unpublish it instead.");
    }
    org.status = OrganisationStatus.REJECTED;
    org.rejectionReason = reason.reason().strip();
    org.updatedAt = now();
    history.record(
        org, "Rejected: " + org.rejectionReason, Revision.Actor.MODERATOR, caller.accountId());
    tellMaintainers(org, "listing-rejected", Map.of("reason", org.rejectionReason));
    return access.view(org, true);
  }

  /** A moderator puts a listing back as it was after an earlier change; that is a change too. */
  @Transactional
  public OrganisationView revert(@NotNull Caller caller, @NotNull String slug, int number) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    Revision target =
        organisations
            .revision(org.id, number)
            .orElseThrow(
                () -> new NotFoundException("This listing has no revision " + number + "."));
    if (target.number == org.revision) {
      throw new ConflictException("The listing already is as revision " + number + " left it.");
    }
    OrganisationRequest earlier = Listings.fromSnapshot(target.snapshot);
    duplicates.refuseDuplicates(DuplicateListings.candidate(earlier), org.id);
    Listings.apply(earlier, org);
    org.updatedAt = now();
    organisations.writeTags(org);
    history.record(
        org, "Reverted to revision " + number, Revision.Actor.MODERATOR, caller.accountId());
    return access.view(org, true);
  }

  /** Listings waiting for a moderator, oldest first. */
  public List<OrganisationView> pending(@NotNull Caller caller) {
    caller.requireStaff();
    return organisations.withStatus(OrganisationStatus.PENDING, 200).stream()
        .map(o -> OrganisationView.of(o, true, true))
        .toList();
  }

  private void tellMaintainers(Organisation org, String template, Map<String, String> extra) {
    Map<String, String> values = new HashMap<>(extra);
    values.put("name", org.name);
    values.put("link", baseUrl + "/coops/" + org.slug);
    for (AccountView person : accounts.describe(organisations.maintainers(org.id)).values()) {
      mailer.send(new Mail(person.email(), template, values));
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
