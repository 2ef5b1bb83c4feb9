package coop.seedbed.directory;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.PersonalZone;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps listings true: maintainers confirm a listing is still going, from the page or the yearly
 * mail's one-click link; the yearly check asks, and marks a listing nobody confirmed in time.
 */
@ApplicationScoped
class StillGoing {

  @Inject Organisations organisations;
  @Inject AccountService accounts;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject Instance<PersonalZone> zones;
  @Inject ListingHistory history;
  @Inject ListingAccess access;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  /** The one-click answer to the yearly "still going?" mail. */
  @Transactional
  public OrganisationView confirmStillGoing(@NotNull String token) {
    Organisation org =
        organisations
            .findByConfirmToken(Tokens.hash(token))
            .orElseThrow(
                () ->
                    new GoneException(
                        "This link is no longer valid: the listing was confirmed already, or a newer mail replaced it."));
    markConfirmed(org, now());
    history.record(org, "Confirmed still going", Revision.Actor.MAINTAINER, null);
    return access.view(org, false);
  }

  /** A maintainer confirms from the listing page that it is still true. */
  @Transactional
  public OrganisationView confirm(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.lockBySlug(slug);
    Revision.Actor actor = access.requireMaintainerOrStaff(caller, org);
    markConfirmed(org, now());
    history.record(org, "Confirmed still going", actor, caller.accountId());
    return access.view(org, true);
  }

  /**
   * Mails the maintainers the "still going?" question now, with a fresh one-click link. The yearly
   * job calls this for each listing due; staff may call it for one listing.
   */
  @Transactional
  public void askStillGoing(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    if (!askStillGoing(org, now())) {
      throw new ConflictException("This listing has no maintainer to ask.");
    }
  }

  /**
   * Applies {@link Reconfirmation#step} to one batch of listings that may be due, each under a row
   * lock, so that two instances running the check at once ask each listing once. Returns how many
   * listings it acted on.
   */
  @Transactional
  int reconfirmBatch(
      OffsetDateTime now, Duration reconfirmAfter, Duration unconfirmedAfter, int batch) {
    int acted = 0;
    for (Organisation org :
        organisations.dueForReconfirmation(
            now.minus(reconfirmAfter),
            now.minus(unconfirmedAfter),
            now.minus(reconfirmAfter).minus(unconfirmedAfter),
            batch)) {
      boolean hasMaintainers = !organisations.maintainers(org.id).isEmpty();
      switch (Reconfirmation.step(
          org.lastConfirmedAt,
          org.confirmRequestedAt,
          org.unconfirmed,
          hasMaintainers,
          now,
          reconfirmAfter,
          unconfirmedAfter)) {
        case ASK -> {
          askStillGoing(org, now);
          acted++;
        }
        case MARK_UNCONFIRMED -> {
          markUnconfirmed(org);
          acted++;
        }
        case NOTHING -> {}
      }
    }
    return acted;
  }

  /** Returns false when nobody maintains the listing. */
  boolean askStillGoing(Organisation org, OffsetDateTime now) {
    List<Long> maintainers = organisations.maintainers(org.id);
    if (maintainers.isEmpty()) {
      return false;
    }
    String token = Tokens.generate();
    org.confirmTokenHash = Tokens.hash(token);
    org.confirmRequestedAt = now;
    for (AccountView person : accounts.describe(maintainers).values()) {
      mailer.send(
          new Mail(
              person.email(),
              "still-going",
              Map.of(
                  "name",
                  org.name,
                  "confirmLink",
                  baseUrl + "/coops/confirm?token=" + token,
                  "editLink",
                  baseUrl + "/coops/" + org.slug + "/edit",
                  "lastConfirmed",
                  Reconfirmation.day(org.lastConfirmedAt, zoneOf(person.id())))));
    }
    return true;
  }

  /** The reader's time zone, from the first feature that knows it. */
  private Optional<ZoneId> zoneOf(long accountId) {
    return zones.stream().map(known -> known.of(accountId)).flatMap(Optional::stream).findFirst();
  }

  /** Marks a listing nobody confirmed in time; it stays listed, shown as unconfirmed, lower. */
  void markUnconfirmed(Organisation org) {
    if (!org.unconfirmed) {
      org.unconfirmed = true;
      history.record(
          org, "Shown as unconfirmed: nobody confirmed it in time", Revision.Actor.SYSTEM, null);
    }
  }

  static void markConfirmed(Organisation org, OffsetDateTime now) {
    org.lastConfirmedAt = now;
    org.confirmRequestedAt = null;
    org.confirmTokenHash = null;
    org.unconfirmed = false;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
