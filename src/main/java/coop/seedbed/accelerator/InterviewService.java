package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.booking.SlotPlanner;
import coop.seedbed.calendar.CallInvite;
import coop.seedbed.calendar.Interval;
import coop.seedbed.database.SqlStates;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional interview stage: staff shortlist applications, and a shortlisted team books one of
 * the panel's free times, moves it or cancels it, each step mailed to the whole team with the
 * invite. The panel sees one team at a time: every booking locks the cohort's row before it looks
 * at the times taken, and the unique start per cohort backs that up.
 */
@ApplicationScoped
public class InterviewService {

  private static final Duration LONGEST_QUERY = Duration.ofDays(35);
  private static final Duration NEXT_TIMES_WITHIN = Duration.ofDays(14);
  private static final int ATTEMPTS = 3;

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject CohortRuns runs;
  @Inject TeamAccess access;
  @Inject AcceleratorMails mails;
  @Inject Clock clock;
  // Calls through the proxy, so that each attempt is a transaction of its own.
  @Inject InterviewService self;

  @Inject
  @ConfigProperty(name = "seedbed.mail.from")
  String from;

  @Transactional
  public ShortlistView shortlist(
      @NotNull Caller caller,
      long applicationId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid ShortlistRequest request) {
    caller.requireStaff();
    Cohort c = cohorts.lock(applications.get(applicationId).cohortId);
    Application a = applications.lock(applications.get(applicationId));
    if (a.status != Application.Status.SUBMITTED) {
      throw new ConflictException("Only a submitted application can be shortlisted.");
    }
    if (a.shortlisted != request.shortlisted()) {
      a.shortlisted = request.shortlisted();
      a.updatedAt = OffsetDateTime.now(clock);
      if (!a.shortlisted) {
        // Off the shortlist, off the panel's calendar: the team is told its interview is off.
        runs.interview(a.id)
            .filter(i -> i.endsAt.toInstant().isAfter(Instant.now(clock)))
            .ifPresent(i -> callOff(a, c, i));
      }
      cohorts.touch(c.id);
    }
    return ShortlistView.from(a, runs.interview(a.id).orElse(null));
  }

  /**
   * The panel's free times in [from, to) (by default the coming week), read in {@code timeZone} (by
   * default the cohort's).
   */
  @Transactional
  public List<InterviewSlotView> freeSlots(
      @NotNull Caller caller, long applicationId, String timeZone, Instant from, Instant to) {
    Application a =
        access
            .member(caller, applicationId, "Only the team can see its interview times.")
            .application();
    Cohort c = cohorts.get(a.cohortId);
    requireInterviewStage(a, c);
    ZoneId zone = zone(timeZone, c, "tz");
    Instant now = Instant.now(clock);
    Instant start = from == null ? now : from;
    Instant end = to == null ? start.plus(Duration.ofDays(7)) : to;
    if (!end.isAfter(start)) {
      throw new InvalidInputException("to", "The end of the range must come after its start.");
    }
    if (Duration.between(start, end).compareTo(LONGEST_QUERY) > 0) {
      throw new InvalidInputException("to", "Ask for at most 35 days of times at a time.");
    }
    return slots(c, runs.interviews(c.id), now, start, end).stream()
        .map(slot -> InterviewSlotView.from(slot, zone))
        .toList();
  }

  /**
   * A week of the interview page: the team's booked interview and the panel's free times from
   * {@code firstDay} (today when null or past) for seven days, all read in {@code timeZone} (the
   * cohort's when blank). {@code unavailable} says why there are no times when the team has none to
   * choose from.
   */
  public record Week(
      long applicationId,
      String projectName,
      String timeZone,
      LocalDate firstDay,
      boolean firstWeek,
      InterviewView booked,
      List<InterviewSlotView> slots,
      String unavailable) {}

  @Transactional
  public Week week(
      @NotNull Caller caller, long applicationId, String timeZone, LocalDate firstDay) {
    Application a =
        access
            .member(caller, applicationId, "Only the team can see its interview times.")
            .application();
    Cohort c = cohorts.get(a.cohortId);
    ZoneId zone = zone(timeZone, c, "tz");
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate first = firstDay == null || firstDay.isBefore(today) ? today : firstDay;
    InterviewView booked =
        runs.interview(a.id).map(i -> InterviewView.from(i, c, zone)).orElse(null);
    List<InterviewSlotView> slots = List.of();
    String unavailable = null;
    try {
      requireInterviewStage(a, c);
      slots =
          slots(
                  c,
                  runs.interviews(c.id),
                  now,
                  first.atStartOfDay(zone).toInstant(),
                  first.plusDays(7).atStartOfDay(zone).toInstant())
              .stream()
              .map(slot -> InterviewSlotView.from(slot, zone))
              .toList();
    } catch (ConflictException e) {
      unavailable = e.getMessage();
    }
    return new Week(
        a.id,
        a.projectName,
        zone.getId(),
        first,
        !first.isAfter(today),
        booked,
        slots,
        unavailable);
  }

  /** The team's interview, as read in {@code timeZone} (by default the cohort's). */
  @Transactional
  public Optional<InterviewView> find(@NotNull Caller caller, long applicationId, String timeZone) {
    Application a = access.of(caller, applicationId).application();
    Cohort c = cohorts.get(a.cohortId);
    ZoneId zone = zone(timeZone, c, "tz");
    return runs.interview(a.id).map(i -> InterviewView.from(i, c, zone));
  }

  /**
   * Books the team's interview at a free time, or moves the one it has there. Of two teams racing
   * for one time, the second waits for the first's lock, then finds the time taken and is told the
   * next free ones.
   */
  public InterviewView book(
      @NotNull Caller caller,
      long applicationId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid InterviewRequest request) {
    Instant start;
    try {
      start = Instant.parse(request.start().strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "start", "Give the start as a UTC time such as 2027-02-10T10:00:00Z.");
    }
    String timeZone = request.timeZone();
    for (int attempt = 1; ; attempt++) {
      try {
        return self.bookAt(caller, applicationId, start, timeZone);
      } catch (RuntimeException e) {
        if (SqlStates.isUniqueViolation(e)) {
          throw self.taken(applicationId, start, timeZone);
        }
        if (!waitedTooLong(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new ConflictException(
              "Many teams are booking at this moment. Try again in a few seconds.");
        }
      }
    }
  }

  @Transactional
  public InterviewView bookAt(Caller caller, long applicationId, Instant start, String timeZone) {
    Application a =
        access.member(caller, applicationId, "Only the team can book its interview.").application();
    Cohort c = cohorts.lock(a.cohortId);
    requireInterviewStage(a, c);
    ZoneId zone = zone(timeZone, c, "timeZone");
    Instant now = Instant.now(clock);
    Optional<Interview> held = runs.interview(a.id);
    if (held.isPresent() && held.get().startsAt.toInstant().equals(start)) {
      return InterviewView.from(held.get(), c, zone);
    }
    if (held.isPresent() && !held.get().startsAt.toInstant().isAfter(now)) {
      throw new ConflictException("This interview has already begun, so it cannot move.");
    }
    List<Interview> others =
        runs.interviews(c.id).stream().filter(i -> i.applicationId != a.id).toList();
    Interval slot = Interval.of(start, Duration.ofMinutes(c.interviewMinutes));
    if (!SlotPlanner.offers(InterviewHours.of(c), List.of(), intervals(others), now, slot)) {
      if (SlotPlanner.offers(InterviewHours.of(c), List.of(), List.of(), now, slot)) {
        throw taken(a, c, others, start, zone, now);
      }
      throw new InvalidInputException(
          "start",
          "That time is not one of the panel's interview times, or it is less than a day away."
              + " Choose one of the free times.");
    }
    Interview i;
    if (held.isPresent()) {
      i = held.get();
      i.sequence++;
    } else {
      i = new Interview();
      i.applicationId = a.id;
      i.cohortId = c.id;
      i.bookedAt = OffsetDateTime.now(clock).withNano(0);
      runs.persist(i);
    }
    i.startsAt = slot.start().atOffset(ZoneOffset.UTC);
    i.endsAt = slot.end().atOffset(ZoneOffset.UTC);
    runs.flush();
    List<Member> members = applications.members(a.id);
    mails.interviewBooked(
        a,
        c,
        members,
        i,
        CohortCalendar.interviewMail(
            a, c, i, CohortCalendar.organizer(from), attendees(members), false, now));
    return InterviewView.from(i, c, zone);
  }

  /** Cancels the team's interview; the team is mailed the cancellation for their calendars. */
  @Transactional
  public void cancel(@NotNull Caller caller, long applicationId) {
    Application a =
        access
            .member(caller, applicationId, "Only the team can cancel its interview.")
            .application();
    Cohort c = cohorts.lock(a.cohortId);
    Interview i =
        runs.interview(a.id)
            .orElseThrow(() -> new NotFoundException("No interview is booked for this team."));
    if (!i.startsAt.toInstant().isAfter(Instant.now(clock))) {
      throw new ConflictException("This interview has already begun, so it cannot be cancelled.");
    }
    callOff(a, c, i);
  }

  /** The conflict of a time taken after all, with the next free times after it. */
  @Transactional
  public ConflictException taken(long applicationId, Instant start, String timeZone) {
    Application a = applications.get(applicationId);
    Cohort c = cohorts.get(a.cohortId);
    List<Interview> others =
        runs.interviews(c.id).stream().filter(i -> i.applicationId != a.id).toList();
    return taken(a, c, others, start, zone(timeZone, c, "timeZone"), Instant.now(clock));
  }

  /** The panel's free times in [from, to): its hours less the interviews booked. */
  static List<Interval> slots(
      Cohort c, List<Interview> booked, Instant now, Instant from, Instant to) {
    return SlotPlanner.freeSlots(InterviewHours.of(c), List.of(), intervals(booked), now, from, to);
  }

  private void callOff(Application a, Cohort c, Interview i) {
    List<Member> members = applications.members(a.id);
    String ics =
        CohortCalendar.interviewMail(
            a, c, i, CohortCalendar.organizer(from), attendees(members), true, Instant.now(clock));
    runs.remove(i);
    runs.flush();
    mails.interviewCancelled(a, c, members, i, ics);
  }

  private ConflictException taken(
      Application a, Cohort c, List<Interview> others, Instant start, ZoneId zone, Instant now) {
    List<String> next =
        slots(c, others, now, start, start.plus(NEXT_TIMES_WITHIN)).stream()
            .limit(3)
            .map(
                s ->
                    Times.DAY.format(s.start().atZone(zone))
                        + " at "
                        + Times.TIME.format(s.start().atZone(zone)))
            .toList();
    return new ConflictException(
        "Another team has just booked that time."
            + (next.isEmpty()
                ? " There are no other free times in the two weeks after it."
                : " The next free times are "
                    + String.join("; ", next)
                    + " ("
                    + zone.getId()
                    + ")."),
        "/accelerator/applications/" + a.id + "/interview");
  }

  private static void requireInterviewStage(Application a, Cohort c) {
    if (c.interviewHours == null || c.interviewMinutes == null) {
      throw new ConflictException(c.name + " holds no interviews.");
    }
    if (a.status != Application.Status.SUBMITTED || !a.shortlisted) {
      throw new ConflictException(
          "This application is not shortlisted for interview, so it has no interview times.");
    }
  }

  private static ZoneId zone(String id, Cohort c, String field) {
    return id == null || id.isBlank() ? c.zone() : Fields.zone(id, field);
  }

  private static List<Interval> intervals(List<Interview> interviews) {
    return interviews.stream().map(Interview::interval).toList();
  }

  static List<CallInvite.Attendee> attendees(List<Member> members) {
    return members.stream()
        .filter(Member::isConfirmed)
        .map(m -> new CallInvite.Attendee(m.name, m.email))
        .toList();
  }

  /** H2 gave up waiting for the cohort's lock, or PostgreSQL could not serialise: try again. */
  private static boolean waitedTooLong(Throwable e) {
    return SqlStates.causedBy(
        e, Set.of(SqlStates.H2_LOCK_TIMEOUT, SqlStates.SERIALIZATION_FAILURE));
  }
}
