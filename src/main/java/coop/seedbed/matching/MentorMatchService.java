package coop.seedbed.matching;

import coop.seedbed.accelerator.CohortTeams;
import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mentors for a cohort's teams: staff run the optimal assignment ({@link MentorAssignment}: as many
 * teams as capacity allows get a mentor, then the best total fit, no mentor over their capacity, no
 * conflict of interest), review each pair's reasons, the total and the worst fit, fix single pairs
 * and confirm; then mentors and teams are mailed. The draft lives in the database until confirmed,
 * so any instance shows the same one.
 */
@ApplicationScoped
public class MentorMatchService {

  @PersistenceContext EntityManager em;
  @Inject Matches matches;
  @Inject CohortTeams teams;
  @Inject AccountService accounts;
  @Inject MatchMails mails;

  /** Mentors and the facts the fit is made of. */
  private record Pool(List<Profile> mentors, Map<Long, AccountView> accounts) {}

  @Transactional
  public MentorAssignmentView propose(@NotNull Caller caller, @NotNull String cohort) {
    caller.requireStaff();
    List<CohortTeams.Team> list = teams.confirmedTeams(caller, cohort);
    Pool pool = pool();
    int[][] fit = new int[list.size()][pool.mentors().size()];
    List<List<List<String>>> reasons = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      List<List<String>> row = new ArrayList<>();
      for (int j = 0; j < pool.mentors().size(); j++) {
        List<String> why = new ArrayList<>();
        fit[i][j] = fit(list.get(i), pool.mentors().get(j), why);
        row.add(why);
      }
      reasons.add(row);
    }
    boolean[][] conflict = conflicts(list, pool);
    Map<Long, Long> fixed = fixedPairs(cohort);
    List<int[]> pinned = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Long mentor = fixed.get(list.get(i).applicationId());
      for (int j = 0; mentor != null && j < pool.mentors().size(); j++) {
        if (pool.mentors().get(j).accountId == mentor) {
          pinned.add(new int[] {i, j});
        }
      }
    }
    int[] capacity = pool.mentors().stream().mapToInt(p -> p.mentorCapacity).toArray();
    MentorAssignment.Problem problem =
        new MentorAssignment.Problem(
            list.size(),
            pool.mentors().size(),
            capacity,
            fit,
            conflict,
            pinned.toArray(new int[0][]));
    MentorAssignment.Solution best =
        MentorAssignment.optimal(
            problem,
            new MentorAssignment.Labels(
                t -> list.get(t).projectName(), m -> pool.mentors().get(m).name));
    MentorAssignment.Solution firstCome = MentorAssignment.firstComeFirstServed(problem);
    em.createNativeQuery("delete from match_mentor_draft where cohort_slug = ?1")
        .setParameter(1, cohort)
        .executeUpdate();
    for (int i = 0; i < list.size(); i++) {
      int j = best.mentorOf()[i];
      Long mentorAccount = j < 0 ? null : pool.mentors().get(j).accountId;
      em.createNativeQuery(
              "insert into match_mentor_draft (cohort_slug, application_id, mentor_account_id, fit,"
                  + " reasons, fixed) values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, cohort)
          .setParameter(2, list.get(i).applicationId())
          .setParameter(3, mentorAccount)
          .setParameter(4, j < 0 ? 0 : fit[i][j])
          .setParameter(
              5,
              j < 0
                  ? "No mentor with room and without a conflict."
                  : String.join("\n", reasons.get(i).get(j)))
          .setParameter(6, fixed.containsKey(list.get(i).applicationId()))
          .executeUpdate();
    }
    return draft(caller, cohort, firstCome.totalFit(), firstCome.unassignedTeams());
  }

  /** Staff give one team a particular mentor; a new proposal keeps it. */
  @Transactional
  public MentorAssignmentView fix(
      @NotNull Caller caller,
      @NotNull String cohort,
      long application,
      @NotNull(message = ProfileService.BODY_REQUIRED) @Valid MentorRequest request) {
    caller.requireStaff();
    List<CohortTeams.Team> list = teams.confirmedTeams(caller, cohort);
    CohortTeams.Team team =
        list.stream()
            .filter(t -> t.applicationId() == application)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("There is no such team in this cohort."));
    AccountView mentor =
        accounts
            .findByEmail(request.mentor())
            .orElseThrow(() -> new NotFoundException("There is no account with that email."));
    Profile profile =
        matches
            .profileOf(mentor.id())
            .filter(p -> p.mentorCapacity > 0)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "mentor", "This person has no mentor profile with room for teams."));
    if (teams
        .conflicts(List.of(team), List.of(new CohortTeams.Person(mentor.id(), mentor.email())))[0][
        0]) {
      throw new ConflictException(mentor.email() + " has a conflict of interest with this team.");
    }
    List<String> why = new ArrayList<>();
    int fit = fit(team, profile, why);
    em.createNativeQuery(
            "delete from match_mentor_draft where cohort_slug = ?1 and application_id = ?2")
        .setParameter(1, cohort)
        .setParameter(2, application)
        .executeUpdate();
    em.createNativeQuery(
            "insert into match_mentor_draft (cohort_slug, application_id, mentor_account_id, fit,"
                + " reasons, fixed) values (?1, ?2, ?3, ?4, ?5, true)")
        .setParameter(1, cohort)
        .setParameter(2, application)
        .setParameter(3, mentor.id())
        .setParameter(4, fit)
        .setParameter(5, String.join("\n", why))
        .executeUpdate();
    return draft(caller, cohort, 0, 0);
  }

  /** Confirms the draft: every mentor is attached to their team, and both sides are mailed. */
  @Transactional
  public MentorAssignmentView confirm(@NotNull Caller caller, @NotNull String cohort) {
    caller.requireStaff();
    MentorAssignmentView draft = draft(caller, cohort, 0, 0);
    if (draft.pairs().isEmpty()) {
      throw new ConflictException("There is no proposal to confirm: run the assignment first.");
    }
    String cohortName = teams.cohortName(caller, cohort);
    for (MentorAssignmentView.Pair pair : draft.pairs()) {
      if (pair.mentorEmail() == null) {
        continue;
      }
      teams.attachMentor(caller, pair.application(), pair.mentorEmail());
      String reasons = String.join("\n", pair.reasons());
      for (String member : teams.memberEmails(caller, pair.application())) {
        mails.mentor(
            member,
            "team " + pair.project(),
            "Your mentor in " + cohortName,
            pair.mentorName()
                + " is your team's mentor in "
                + cohortName
                + ". You will hear from them soon.",
            reasons,
            "/accelerator/teams/" + pair.application());
      }
    }
    em.createNativeQuery("delete from match_mentor_draft where cohort_slug = ?1")
        .setParameter(1, cohort)
        .executeUpdate();
    return new MentorAssignmentView(
        cohort, draft.pairs(), draft.totalFit(), draft.worstFit(), draft.unassigned(), 0, 0, true);
  }

  @Transactional
  public MentorAssignmentView draft(
      @NotNull Caller caller,
      @NotNull String cohort,
      long firstComeTotal,
      int firstComeUnassigned) {
    caller.requireStaff();
    Map<Long, CohortTeams.Team> byId = new HashMap<>();
    teams.confirmedTeams(caller, cohort).forEach(t -> byId.put(t.applicationId(), t));
    List<MentorAssignmentView.Pair> pairs = new ArrayList<>();
    List<Long> mentorIds = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select application_id, mentor_account_id, fit, reasons, fixed from match_mentor_draft"
                    + " where cohort_slug = ?1 order by application_id")
            .setParameter(1, cohort)
            .getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(r);
      if (r[1] != null) {
        mentorIds.add(((Number) r[1]).longValue());
      }
    }
    Map<Long, AccountView> people = accounts.describe(mentorIds);
    Map<Long, Profile> profiles = matches.profilesOfAccounts(mentorIds);
    long total = 0;
    int worst = -1;
    int unassigned = 0;
    for (Object[] r : rows) {
      long application = ((Number) r[0]).longValue();
      CohortTeams.Team team = byId.get(application);
      if (team == null) {
        continue;
      }
      Long mentor = r[1] == null ? null : ((Number) r[1]).longValue();
      int fit = ((Number) r[2]).intValue();
      if (mentor == null) {
        unassigned++;
      } else {
        total += fit;
        worst = worst < 0 ? fit : Math.min(worst, fit);
      }
      pairs.add(
          new MentorAssignmentView.Pair(
              application,
              team.projectName(),
              mentor == null ? null : people.get(mentor).email(),
              mentor == null || profiles.get(mentor) == null ? null : profiles.get(mentor).name,
              fit,
              List.of(((String) r[3]).split("\n")),
              Boolean.TRUE.equals(r[4])));
    }
    return new MentorAssignmentView(
        cohort, pairs, total, worst, unassigned, firstComeTotal, firstComeUnassigned, false);
  }

  /** Pairs staff fixed in the current draft: team's application to mentor's account. */
  private Map<Long, Long> fixedPairs(String cohort) {
    Map<Long, Long> fixed = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select application_id, mentor_account_id from match_mentor_draft"
                    + " where cohort_slug = ?1 and fixed = true and mentor_account_id is not null")
            .setParameter(1, cohort)
            .getResultList()) {
      Object[] r = (Object[]) row;
      fixed.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return fixed;
  }

  private Pool pool() {
    List<Profile> mentors =
        matches.mentors().stream().filter(p -> p.wants.contains("mentor")).toList();
    return new Pool(mentors, accounts.describe(mentors.stream().map(p -> p.accountId).toList()));
  }

  private boolean[][] conflicts(List<CohortTeams.Team> list, Pool pool) {
    List<CohortTeams.Person> people = new ArrayList<>();
    for (Profile p : pool.mentors()) {
      people.add(new CohortTeams.Person(p.accountId, pool.accounts().get(p.accountId).email()));
    }
    return teams.conflicts(list, people);
  }

  /**
   * How well a mentor fits a team, with the reasons: 4 for the team's sector among theirs, 1 for
   * each of the team's topics they know (as a skill, tag or sector; at most 3), 2 for the same
   * country (they know its co-op law).
   */
  static int fit(CohortTeams.Team team, Profile mentor, List<String> why) {
    int fit = 0;
    if (team.sector() != null && mentor.sectors.contains(team.sector())) {
      fit += 4;
      why.add("knows " + team.sector());
    }
    Set<String> known = new HashSet<>(mentor.tags);
    known.addAll(mentor.sectors);
    mentor.skills.forEach(
        s -> {
          known.add(s);
          known.add(Skills.LABELS.getOrDefault(s, s).toLowerCase(Locale.ROOT));
        });
    List<String> topics = team.topics().stream().filter(known::contains).limit(3).toList();
    if (!topics.isEmpty()) {
      fit += topics.size();
      why.add("knows about " + Scoring.and(topics));
    }
    if (team.country() != null && team.country().equals(mentor.country)) {
      fit += 2;
      why.add("works in the same country (" + team.country() + ")");
    }
    if (why.isEmpty()) {
      why.add("has room, and no conflict with the team");
    }
    return fit;
  }
}
