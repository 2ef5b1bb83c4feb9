package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.calendar.CallInvite;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A running cohort's sessions: staff create, change and cancel them, and every participant (the
 * confirmed members of the teams that took up their places, and the teams' mentors) gets the
 * invite, its updates under the same uid with a rising sequence, and in the end its cancellation.
 * Also the calendar feeds: a cohort's sessions for anyone, a participant's own with call links and
 * their interview, and every open call's deadline.
 */
@ApplicationScoped
public class SessionService {

  private static final Duration LONGEST = Duration.ofDays(7);

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject CohortRuns runs;
  @Inject AcceleratorMails mails;
  @Inject AccountService accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  /** Someone a session's mails go to, with the feed that holds the cohort's sessions for them. */
  record Participant(String email, String name, String feedUrl) {}

  @Transactional
  public SessionView create(
      @NotNull Caller caller,
      @NotNull String cohortSlug,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid SessionRequest request) {
    caller.requireStaff();
    Cohort c = cohorts.get(cohortSlug);
    Instant now = Instant.now(clock);
    CohortSession s = new CohortSession();
    s.cohortId = c.id;
    s.createdAt = now.atOffset(ZoneOffset.UTC);
    Setting setting = read(request);
    if (!setting.start().isAfter(now)) {
      throw new InvalidInputException("start", "A new session starts some time from now.");
    }
    setting.applyTo(s);
    runs.persist(s);
    runs.flush();
    sendToParticipants(c, s);
    return SessionView.from(s, c, c.zone());
  }

  /**
   * Changes a session; participants get the update of the invite they hold. A change that changes
   * nothing sends nothing.
   */
  @Transactional
  public SessionView change(
      @NotNull Caller caller,
      long sessionId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid SessionRequest request) {
    caller.requireStaff();
    CohortSession s = runs.session(sessionId);
    Cohort c = cohorts.get(s.cohortId);
    if (s.cancelled) {
      throw new ConflictException(
          "This session is cancelled, so it cannot change; create a new one instead.");
    }
    Setting setting = read(request);
    if (setting.equals(Setting.of(s))) {
      return SessionView.from(s, c, c.zone());
    }
    if (!setting.start().equals(s.startsAt.toInstant())
        && !setting.start().isAfter(Instant.now(clock))) {
      throw new InvalidInputException("start", "Move a session only to a time still to come.");
    }
    setting.applyTo(s);
    s.sequence++;
    runs.flush();
    sendToParticipants(c, s);
    return SessionView.from(s, c, c.zone());
  }

  /** Cancels a session; participants get the cancellation, and feeds drop it. */
  @Transactional
  public SessionView cancel(@NotNull Caller caller, long sessionId) {
    caller.requireStaff();
    CohortSession s = runs.session(sessionId);
    Cohort c = cohorts.get(s.cohortId);
    if (!s.cancelled) {
      s.cancelled = true;
      s.sequence++;
      runs.flush();
      sendToParticipants(c, s);
    }
    return SessionView.from(s, c, c.zone());
  }

  /** A cohort's sessions, cancelled ones too, for staff. */
  @Transactional
  public List<SessionView> sessions(@NotNull Caller caller, @NotNull String cohortSlug) {
    caller.requireStaff();
    Cohort c = cohorts.get(cohortSlug);
    return runs.sessions(c.id).stream().map(s -> SessionView.from(s, c, c.zone())).toList();
  }

  /** {@code /calendars/cohorts/{cohort}.ics}: public, so without call links. */
  @Transactional
  public String cohortFeed(@NotNull String cohortSlug) {
    Cohort c = cohorts.get(cohortSlug);
    return CohortCalendar.publicFeed(c, runs.sessions(c.id), CohortCalendar.organizer(from));
  }

  /**
   * {@code /calendars/participants/{secret}.ics}: one team member's feed, the sessions with their
   * call links once the team has taken up its place, and the team's interview.
   */
  @Transactional
  public String participantFeed(@NotNull String secret) {
    Member m =
        applications
            .memberByFeed(secret)
            .filter(Member::isConfirmed)
            .orElseThrow(() -> new NotFoundException("There is no calendar at this address."));
    Application a = applications.get(m.applicationId);
    Cohort c = cohorts.get(a.cohortId);
    List<CohortSession> sessions =
        a.decision == Application.Decision.CONFIRMED ? runs.sessions(c.id) : List.of();
    return CohortCalendar.participantFeed(
        c, sessions, a, runs.interview(a.id).orElse(null), CohortCalendar.organizer(from));
  }

  /** {@code /calendars/accelerator/deadlines.ics}: when each open or coming call closes. */
  @Transactional
  public String deadlinesFeed() {
    return CohortCalendar.deadlinesFeed(
        cohorts.openOrUpcoming(OffsetDateTime.now(clock)), baseUrl, CohortCalendar.organizer(from));
  }

  /**
   * Everyone a cohort's sessions are for, each once: confirmed members of the teams that took up
   * their places (with their own feed), then those teams' mentors (with the cohort's public feed,
   * as they have no private one).
   */
  List<Participant> participants(Cohort c) {
    Map<String, Participant> byEmail = new LinkedHashMap<>();
    List<Application> teams = applications.withDecision(c.id, Application.Decision.CONFIRMED);
    Map<Long, List<Member>> members = applications.members(teams.stream().map(a -> a.id).toList());
    List<Long> mentors = new ArrayList<>();
    for (Application a : teams) {
      for (Member m : members.getOrDefault(a.id, List.of())) {
        if (m.isConfirmed()) {
          byEmail.putIfAbsent(
              m.email.toLowerCase(Locale.ROOT),
              new Participant(m.email, m.name, mails.participantFeed(m)));
        }
      }
      mentors.addAll(runs.mentors(a.id));
    }
    Map<Long, AccountView> described = accounts.describe(mentors);
    for (long id : mentors) {
      AccountView mentor = described.get(id);
      if (mentor != null) {
        byEmail.putIfAbsent(
            mentor.email().toLowerCase(Locale.ROOT),
            new Participant(
                mentor.email(),
                mentor.displayName() == null ? mentor.email() : mentor.displayName(),
                mails.cohortFeed(c)));
      }
    }
    return List.copyOf(byEmail.values());
  }

  private void sendToParticipants(Cohort c, CohortSession s) {
    CohortCalendar.Organizer organizer = CohortCalendar.organizer(from);
    Instant now = Instant.now(clock);
    for (Participant p : participants(c)) {
      String ics =
          CohortCalendar.sessionMail(
              c, s, organizer, new CallInvite.Attendee(p.name(), p.email()), now);
      mails.session(p.email(), p.name(), c, s, p.feedUrl(), ics);
    }
  }

  /** A session's settings as read from a request, checked, or as a session has them. */
  private record Setting(
      CohortSession.Kind kind,
      String title,
      String description,
      Instant start,
      Instant end,
      String callUrl,
      String place) {

    static Setting of(CohortSession s) {
      return new Setting(
          s.kind,
          s.title,
          s.description,
          s.startsAt.toInstant(),
          s.endsAt.toInstant(),
          s.callUrl,
          s.place);
    }

    void applyTo(CohortSession s) {
      s.kind = kind;
      s.title = title;
      s.description = description;
      s.startsAt = start.atOffset(ZoneOffset.UTC);
      s.endsAt = end.atOffset(ZoneOffset.UTC);
      s.callUrl = callUrl;
      s.place = place;
    }
  }

  private static Setting read(SessionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    CohortSession.Kind kind = null;
    try {
      kind =
          CohortSession.Kind.valueOf(
              request.kind().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "kind",
              "\""
                  + Fields.clip(request.kind())
                  + "\" is not a kind of session: say workshop, office-hours, demo-day or other."));
    }
    Instant start = instant(request.start(), "start", errors);
    Instant end = instant(request.end(), "end", errors);
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        errors.add(new FieldError("end", "A session ends after it starts."));
      } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
        errors.add(new FieldError("end", "A session lasts at most a week."));
      }
    }
    String callUrl = Fields.blankToNull(request.callUrl());
    if (callUrl != null && Fields.webAddress(callUrl) == null) {
      errors.add(new FieldError("callUrl", "Give the call's address, starting https://."));
    }
    String place = Fields.blankToNull(request.place());
    if (callUrl == null && place == null) {
      errors.add(
          new FieldError("place", "Say where the session is: a call link, a place, or both."));
    }
    Fields.throwIfAny(errors);
    return new Setting(
        kind,
        request.title().strip(),
        Fields.orEmpty(request.description()),
        start,
        end,
        callUrl,
        place);
  }

  private static Instant instant(String value, String field, List<FieldError> errors) {
    try {
      return Instant.parse(Objects.requireNonNull(value).strip());
    } catch (DateTimeException | NullPointerException e) {
      errors.add(new FieldError(field, "Give a UTC time such as 2027-03-04T17:00:00Z."));
      return null;
    }
  }
}
