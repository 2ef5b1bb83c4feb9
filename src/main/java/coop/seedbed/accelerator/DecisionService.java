package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Deciding who joins a cohort, and keeping the places honest: an offer takes one of the cohort's
 * places through {@link Cohorts#takePlace}, a team that turns it down, lets it lapse or withdraws
 * gives it back, and the first team on the waitlist is offered it at once. Every path locks the
 * cohort's row before the application's, so decisions on one cohort never deadlock, and the
 * conditional update with the table's CHECK holds the count even so.
 */
@ApplicationScoped
public class DecisionService {

  static final String SEEDBED = "Seedbed (automatic)";

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject ApplicationViews views;
  @Inject AcceleratorMails mails;
  @Inject CohortRuns runs;
  @Inject Clock clock;

  @Transactional
  public ApplicationView decide(
      @NotNull Caller caller,
      long applicationId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid DecisionRequest request) {
    caller.requireStaff();
    Application.Decision wanted =
        switch (request.decision().strip().toLowerCase(Locale.ROOT)) {
          case "accept" -> Application.Decision.OFFERED;
          case "waitlist" -> Application.Decision.WAITLISTED;
          case "decline" -> Application.Decision.DECLINED;
          default ->
              throw new InvalidInputException("decision", "Say accept, waitlist or decline.");
        };
    Cohort c = cohorts.lock(applications.get(applicationId).cohortId);
    Application a = applications.lock(applications.get(applicationId));
    if (a.status != Application.Status.SUBMITTED) {
      throw new ConflictException(
          "Only a submitted application can be decided; this one is "
              + a.status.name().toLowerCase(Locale.ROOT)
              + ".");
    }
    Instant now = Instant.now(clock);
    OffsetDateTime respondBy = respondBy(c, request.respondBy(), now);
    String who = who(caller);
    String note = Fields.blankToNull(request.note());
    if (wanted == Application.Decision.OFFERED) {
      if (a.decision != null && a.decision.holdsPlace()) {
        return views.forTeam(a, c);
      }
      if (!cohorts.takePlace(c.id)) {
        throw new ConflictException(
            "All "
                + c.capacity
                + " places of "
                + c.name
                + " are taken or offered. Waitlist this team: it is offered the first place that"
                + " comes free.");
      }
      record(a, Application.Decision.OFFERED, caller.accountId(), who, note);
      a.respondBy = respondBy;
      mails.decided(a, c, cohorts.programme(c.programmeId), applications.members(a.id));
    } else {
      boolean held = a.decision != null && a.decision.holdsPlace();
      if (a.decision == wanted) {
        return views.forTeam(a, c);
      }
      record(a, wanted, caller.accountId(), who, note);
      a.respondBy = null;
      mails.decided(a, c, cohorts.programme(c.programmeId), applications.members(a.id));
      if (held) {
        cohorts.freePlace(c.id);
        offerNext(c);
      }
    }
    cohorts.touch(c.id);
    return views.forTeam(a, c);
  }

  /** The team takes up its place, or turns it down; a place turned down goes to the waitlist. */
  @Transactional
  public ApplicationView respond(@NotNull Caller caller, long applicationId, boolean accept) {
    long accountId = caller.requirePerson();
    Cohort c = cohorts.lock(applications.get(applicationId).cohortId);
    Application a = applications.lock(applications.get(applicationId));
    boolean member =
        applications.members(a.id).stream()
            .anyMatch(m -> m.isConfirmed() && Long.valueOf(accountId).equals(m.accountId));
    if (!member) {
      throw new ForbiddenException("Only the team can answer its offer.");
    }
    if (a.decision == Application.Decision.CONFIRMED && accept) {
      return views.forTeam(a, c);
    }
    if (a.decision != Application.Decision.OFFERED) {
      throw new ConflictException("There is no open offer of a place to answer.");
    }
    if (!a.respondBy.toInstant().isAfter(Instant.now(clock))) {
      throw new GoneException("The offer lapsed at its respond-by time, so the place went on.");
    }
    if (accept) {
      record(a, Application.Decision.CONFIRMED, accountId, "the team", null);
      a.respondBy = null;
      runs.startMilestones(a, cohorts.programme(c.programmeId));
    } else {
      record(a, Application.Decision.REFUSED, accountId, "the team", null);
      a.respondBy = null;
      cohorts.freePlace(c.id);
      offerNext(c);
    }
    cohorts.touch(c.id);
    return views.forTeam(a, c);
  }

  /** Offers past their respond-by time, for the schedule to lapse one by one. */
  @Transactional
  public List<Long> lapsedOffers() {
    return applications.lapsedOffers(OffsetDateTime.now(clock));
  }

  /** Lapses one offer unless it was answered meanwhile, and offers its place on. */
  @Transactional
  public void lapse(long applicationId) {
    Cohort c = cohorts.lock(applications.get(applicationId).cohortId);
    Application a = applications.lock(applications.get(applicationId));
    if (a.decision != Application.Decision.OFFERED
        || a.respondBy.toInstant().isAfter(Instant.now(clock))) {
      return;
    }
    record(a, Application.Decision.LAPSED, null, SEEDBED, "Not answered by the respond-by time");
    a.respondBy = null;
    mails.lapsed(a, c, cohorts.programme(c.programmeId), applications.members(a.id));
    cohorts.freePlace(c.id);
    offerNext(c);
    cohorts.touch(c.id);
  }

  /**
   * A team leaving (withdrawn) gives back a place it held. Called under the cohort's lock, then the
   * team's.
   */
  void released(Application a, String note) {
    if (a.decision == null || !a.decision.holdsPlace()) {
      return;
    }
    Cohort c = cohorts.get(a.cohortId);
    record(a, Application.Decision.REFUSED, a.leadAccountId, "the team", note);
    a.respondBy = null;
    cohorts.freePlace(c.id);
    offerNext(c);
  }

  /**
   * Offers free places to the teams waiting longest, under the cohort's lock: each is offered a
   * place with the cohort's time to answer, by the same mail as any acceptance.
   */
  private void offerNext(Cohort c) {
    for (Application next : applications.withDecision(c.id, Application.Decision.WAITLISTED)) {
      if (next.status != Application.Status.SUBMITTED) {
        continue;
      }
      if (!cohorts.takePlace(c.id)) {
        return;
      }
      applications.lock(next);
      record(next, Application.Decision.OFFERED, null, SEEDBED, "A place came free");
      next.respondBy =
          Instant.now(clock).plus(Duration.ofDays(c.respondDays)).atOffset(ZoneOffset.UTC);
      mails.decided(next, c, cohorts.programme(c.programmeId), applications.members(next.id));
    }
  }

  private void record(
      Application a, Application.Decision decision, Long by, String label, String note) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    a.decision = decision;
    a.decidedAt = now;
    a.updatedAt = now;
    DecisionRecord entry = new DecisionRecord();
    entry.applicationId = a.id;
    entry.decision = decision;
    entry.decidedBy = by;
    entry.decidedByLabel = label;
    entry.decidedAt = now;
    entry.note = note;
    applications.persist(entry);
  }

  private static String who(Caller caller) {
    if (caller.automation()) {
      return "admin token";
    }
    return caller.email();
  }

  private OffsetDateTime respondBy(Cohort c, String requested, Instant now) {
    String text = Fields.blankToNull(requested);
    if (text == null) {
      return now.plus(Duration.ofDays(c.respondDays)).atOffset(ZoneOffset.UTC);
    }
    Instant at;
    try {
      at = Instant.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "respondBy", "Give the respond-by time in UTC, such as 2027-03-01T17:00:00Z.");
    }
    if (!at.isAfter(now)) {
      throw new InvalidInputException("respondBy", "The respond-by time must be in the future.");
    }
    return at.atOffset(ZoneOffset.UTC);
  }
}
