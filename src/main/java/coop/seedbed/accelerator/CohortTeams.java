package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What other features may know of a cohort's teams: matchmaking assigns them mentors. The teams
 * that took up their places, what they work on, whether a person has a conflict of interest with
 * one (by the same rules as reviewers), and attaching a mentor.
 */
@ApplicationScoped
public class CohortTeams {

  /** A team that took up its place. */
  public record Team(
      long applicationId,
      String projectName,
      String sector,
      List<String> topics,
      String country,
      List<String> mentors) {}

  /** A person to check for conflicts. */
  public record Person(long accountId, String email) {}

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject CohortRuns runs;
  @Inject ConflictFinder conflicts;
  @Inject TeamService teams;

  @Transactional
  public String cohortName(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    return cohorts.get(slug).name;
  }

  @Transactional
  public List<Team> confirmedTeams(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    List<Team> found = new ArrayList<>();
    for (Application a : applications.withDecision(c.id, Application.Decision.CONFIRMED)) {
      found.add(
          new Team(
              a.id,
              a.projectName,
              a.sector,
              a.topics,
              a.country,
              runs.mentors(a.id).stream().map(String::valueOf).toList()));
    }
    return found;
  }

  /**
   * Which of these people have a conflict with which team: [team][person], by the reviewers' rules
   * (on the team, the same e-mail domain, a shared listing, applied together, met on a call).
   */
  @Transactional
  public boolean[][] conflicts(@NotNull List<Team> teams, @NotNull List<Person> people) {
    boolean[][] conflict = new boolean[teams.size()][people.size()];
    Map<Long, List<Member>> members =
        applications.members(teams.stream().map(Team::applicationId).toList());
    List<Conflicts.Team> facts = new ArrayList<>();
    for (Team t : teams) {
      facts.add(
          conflicts.team(
              applications.get(t.applicationId()),
              members.getOrDefault(t.applicationId(), List.of())));
    }
    for (int j = 0; j < people.size(); j++) {
      Conflicts.ReviewerTies ties =
          conflicts.ties(people.get(j).accountId(), people.get(j).email());
      for (int i = 0; i < teams.size(); i++) {
        conflict[i][j] = Conflicts.reason(ties, facts.get(i)).isPresent();
      }
    }
    return conflict;
  }

  /** The team's confirmed members' addresses, to tell them who their mentor is. */
  @Transactional
  public List<String> memberEmails(@NotNull Caller caller, long applicationId) {
    caller.requireStaff();
    return applications.members(applicationId).stream()
        .filter(Member::isConfirmed)
        .map(m -> m.email)
        .toList();
  }

  /** Makes this person a mentor of the team (they are mailed the first time). */
  @Transactional
  public void attachMentor(@NotNull Caller caller, long applicationId, @NotNull String email) {
    teams.addMentor(caller, applicationId, email);
  }
}
