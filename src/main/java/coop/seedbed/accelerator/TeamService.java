package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A team's progress once it has taken up its place: milestones it marks done, a check-in each
 * fortnight (a second one in the same fortnight replaces the first's words), notes by its mentors
 * and staff, and the mentors staff attach. Members, mentors and staff see the team; nobody else.
 */
@ApplicationScoped
public class TeamService {

  private static final String LEFT = "someone who has left Seedbed";

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject CohortRuns runs;
  @Inject TeamAccess access;
  @Inject AcceleratorMails mails;
  @Inject AccountService accounts;
  @Inject Clock clock;

  /** The team as the caller may see it, times read in {@code timeZone} (the cohort's if none). */
  @Transactional
  public TeamView team(@NotNull Caller caller, long applicationId, String timeZone) {
    TeamAccess.Access who = access.of(caller, applicationId);
    TeamAccess.requireTeam(who.application());
    return view(who, timeZone);
  }

  @Transactional
  public TeamView.MilestoneView markMilestone(
      @NotNull Caller caller,
      long applicationId,
      long milestoneId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid MilestoneRequest request) {
    Application a =
        access.member(caller, applicationId, "Only the team marks its milestones.").application();
    TeamAccess.requireTeam(a);
    Milestone m = runs.milestone(milestoneId);
    if (m.applicationId != a.id) {
      throw new NotFoundException("This team has no such milestone.");
    }
    if (!request.done()) {
      m.doneOn = null;
    } else if (m.doneOn == null) {
      m.doneOn = LocalDate.now(clock.withZone(cohorts.get(a.cohortId).zone()));
    }
    m.note = Fields.blankToNull(request.note());
    return TeamView.MilestoneView.from(m);
  }

  /**
   * The team's check-in for the fortnight it is now on the cohort's calendar. The team's row is
   * locked first, so two members writing at once leave one check-in, the later words.
   */
  @Transactional
  public TeamView.CheckInView checkIn(
      @NotNull Caller caller,
      long applicationId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid CheckInRequest request) {
    TeamAccess.Access who =
        access.member(caller, applicationId, "Only the team checks in for itself.");
    Application a = applications.lock(who.application());
    TeamAccess.requireTeam(a);
    Cohort c = cohorts.get(a.cohortId);
    int period = Fortnights.period(c.startsOn, Instant.now(clock), c.zone());
    CheckIn checkIn = runs.checkIn(a.id, period).orElse(null);
    if (checkIn == null) {
      checkIn = new CheckIn();
      checkIn.applicationId = a.id;
      checkIn.period = period;
      runs.persist(checkIn);
    }
    checkIn.progress = request.progress().strip();
    checkIn.blockers = Fields.orEmpty(request.blockers());
    checkIn.authorAccountId = caller.accountId();
    checkIn.createdAt = OffsetDateTime.now(clock);
    runs.flush();
    return checkInView(checkIn, c, who.member().name, c.zone());
  }

  /** A note on the team by one of its mentors or a member of staff, signed in as themselves. */
  @Transactional
  public TeamView.NoteView addNote(
      @NotNull Caller caller,
      long applicationId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid NoteRequest request) {
    long accountId = caller.requirePerson();
    TeamAccess.Access who = access.of(caller, applicationId);
    if (who.role() == TeamAccess.Role.MEMBER) {
      throw new ForbiddenException("Notes on a team are written by its mentors and staff.");
    }
    TeamAccess.requireTeam(who.application());
    TeamNote note = new TeamNote();
    note.applicationId = who.application().id;
    note.authorAccountId = accountId;
    note.body = request.body().strip();
    note.createdAt = OffsetDateTime.now(clock);
    runs.persist(note);
    runs.flush();
    Cohort c = cohorts.get(who.application().cohortId);
    return noteView(note, names(List.of(accountId)), c.zone());
  }

  /** Makes the person with this address a mentor of the team, and mails them the first time. */
  @Transactional
  public MentorView addMentor(@NotNull Caller caller, long applicationId, @NotNull String email) {
    caller.requireStaff();
    Application a = applications.get(applicationId);
    TeamAccess.requireTeam(a);
    AccountView mentor = account(email);
    if (!mentor.emailVerified()) {
      throw new InvalidInputException(
          "email",
          "This person has not confirmed their email address yet; a mentor must be reachable.");
    }
    if (runs.addMentor(a.id, mentor.id(), OffsetDateTime.now(clock))) {
      mails.mentorAssigned(mentor.email(), a, cohorts.get(a.cohortId));
    }
    return MentorView.from(a.id, mentor);
  }

  @Transactional
  public void removeMentor(@NotNull Caller caller, long applicationId, @NotNull String email) {
    caller.requireStaff();
    Application a = applications.get(applicationId);
    runs.removeMentor(a.id, account(email).id());
  }

  /** Every team of a cohort at a glance, for staff. */
  @Transactional
  public List<TeamSummaryView> overview(@NotNull Caller caller, @NotNull String cohortSlug) {
    caller.requireStaff();
    Cohort c = cohorts.get(cohortSlug);
    return summaries(c, applications.withDecision(c.id, Application.Decision.CONFIRMED));
  }

  /** The teams the caller mentors, cohort by cohort. */
  @Transactional
  public List<TeamSummaryView> mentoring(@NotNull Caller caller) {
    long accountId = caller.requirePerson();
    List<TeamSummaryView> teams = new ArrayList<>();
    List<Application> mentored =
        runs.mentoredBy(accountId).stream().map(applications::get).toList();
    for (long cohortId : mentored.stream().map(a -> a.cohortId).distinct().toList()) {
      teams.addAll(
          summaries(
              cohorts.get(cohortId),
              mentored.stream().filter(a -> a.cohortId == cohortId).toList()));
    }
    return teams;
  }

  private List<TeamSummaryView> summaries(Cohort c, List<Application> teams) {
    List<Long> ids = teams.stream().map(a -> a.id).toList();
    Map<Long, CohortRuns.MilestoneCount> counts = runs.milestoneCounts(ids);
    Map<Long, CohortRuns.LastCheckIn> last = runs.lastCheckIns(ids);
    LocalDate today = LocalDate.now(clock.withZone(c.zone()));
    List<TeamSummaryView> summaries = new ArrayList<>();
    for (Application a : teams) {
      CohortRuns.MilestoneCount count =
          counts.getOrDefault(a.id, new CohortRuns.MilestoneCount(0, 0));
      CohortRuns.LastCheckIn checkIn = last.get(a.id);
      List<Long> mentors = runs.mentors(a.id);
      Map<Long, String> names = names(mentors);
      summaries.add(
          new TeamSummaryView(
              a.id,
              a.reference(),
              a.projectName,
              c.slug,
              c.name,
              count.done(),
              count.total(),
              checkIn == null ? null : checkIn.at().atZoneSameInstant(c.zone()).toLocalDate(),
              Fortnights.quiet(c.startsOn, today, checkIn == null ? null : checkIn.period()),
              mentors.stream().map(id -> names.getOrDefault(id, LEFT)).toList()));
    }
    return summaries;
  }

  private TeamView view(TeamAccess.Access who, String timeZone) {
    Application a = who.application();
    Cohort c = cohorts.get(a.cohortId);
    ZoneId zone = timeZone == null || timeZone.isBlank() ? c.zone() : Fields.zone(timeZone, "tz");
    int fortnight = Fortnights.period(c.startsOn, Instant.now(clock), c.zone());
    List<CheckIn> checkIns = runs.checkIns(a.id);
    List<TeamNote> notes = runs.notes(a.id);
    List<Long> mentors = runs.mentors(a.id);
    Set<Long> people = new HashSet<>(mentors);
    checkIns.forEach(ci -> addIfKnown(people, ci.authorAccountId));
    notes.forEach(n -> addIfKnown(people, n.authorAccountId));
    Map<Long, String> names = names(people);
    // The team knows its members by the names they gave on the application.
    for (Member m : applications.members(a.id)) {
      if (m.accountId != null && m.isConfirmed()) {
        names.put(m.accountId, m.name);
      }
    }
    return new TeamView(
        a.id,
        a.reference(),
        a.projectName,
        c.slug,
        c.name,
        cohorts.programme(c.programmeId).slug,
        zone.getId(),
        who.role().name().toLowerCase(Locale.ROOT),
        fortnight,
        Fortnights.firstDay(c.startsOn, fortnight),
        checkIns.stream().anyMatch(ci -> ci.period == fortnight),
        runs.milestones(a.id).stream().map(TeamView.MilestoneView::from).toList(),
        checkIns.stream()
            .map(ci -> checkInView(ci, c, names.getOrDefault(ci.authorAccountId, LEFT), zone))
            .toList(),
        notes.stream().map(n -> noteView(n, names, zone)).toList(),
        mentors.stream().map(id -> names.getOrDefault(id, LEFT)).toList(),
        runs.sessions(c.id).stream()
            .filter(s -> !s.cancelled)
            .map(s -> SessionView.from(s, c, zone))
            .toList(),
        runs.interview(a.id).map(i -> InterviewView.from(i, c, zone)).orElse(null),
        who.member() == null ? null : mails.participantFeed(who.member()));
  }

  private static TeamView.CheckInView checkInView(
      CheckIn ci, Cohort c, String author, ZoneId zone) {
    return new TeamView.CheckInView(
        ci.period,
        Fortnights.firstDay(c.startsOn, ci.period),
        ci.progress,
        ci.blockers,
        author,
        ci.createdAt.toInstant(),
        Times.at(ci.createdAt.toInstant(), zone));
  }

  private static TeamView.NoteView noteView(TeamNote n, Map<Long, String> names, ZoneId zone) {
    return new TeamView.NoteView(
        n.id,
        n.body,
        n.authorAccountId == null ? LEFT : names.getOrDefault(n.authorAccountId, LEFT),
        n.createdAt.toInstant(),
        Times.at(n.createdAt.toInstant(), zone));
  }

  private Map<Long, String> names(Collection<Long> accountIds) {
    Map<Long, String> names = new HashMap<>();
    accounts.describe(accountIds).forEach((id, account) -> names.put(id, nameOf(account)));
    return names;
  }

  private AccountView account(String email) {
    return accounts
        .findByEmail(email)
        .orElseThrow(() -> new NotFoundException("There is no Seedbed account with that address."));
  }

  private static void addIfKnown(Set<Long> people, Long accountId) {
    if (accountId != null) {
      people.add(accountId);
    }
  }

  /** How a person is named to others: the name they chose, else their address. */
  static String nameOf(AccountView account) {
    return account.displayName() == null || account.displayName().isBlank()
        ? account.email()
        : account.displayName();
  }
}
