package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.seedbed.matching.MentorAssignment.Labels;
import coop.seedbed.matching.MentorAssignment.Problem;
import coop.seedbed.matching.MentorAssignment.Solution;
import coop.seedbed.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mentors for a cohort's teams: on small cohorts the assignment is the brute-force optimum (most
 * teams with a mentor, then the highest total fit); on cohorts up to 60 × 60 every rule holds
 * (capacity, conflicts, fixed pairs) and as many teams get a mentor as a maximum matching allows.
 */
class MentorAssignmentTest {

  /** Cohorts of 1 to 60 teams and mentors, capacity 0 to 3, 8 % conflicts, some fixed pairs. */
  static Stream<Problem> randomCohorts() {
    return LongStream.rangeClosed(1, 16).mapToObj(MentorAssignmentTest::randomCohort);
  }

  @Nested
  class EveryRuleHolds {

    @ParameterizedTest
    @MethodSource("coop.seedbed.matching.MentorAssignmentTest#randomCohorts")
    void optimal_keepsEveryMentorWithinCapacity_andMakesNoConflictedPair(Problem problem) {
      Solution solution = MentorAssignment.optimal(problem);

      assertMeetsEveryRule(problem, solution);
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.matching.MentorAssignmentTest#randomCohorts")
    void optimal_givesAMentorToAsManyTeamsAsAMaximumMatching(Problem problem) {
      Solution solution = MentorAssignment.optimal(problem);

      assertThat(problem.teams() - solution.unassignedTeams())
          .isEqualTo(MaximumMatching.size(problem));
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.matching.MentorAssignmentTest#randomCohorts")
    void optimal_keepsEveryFixedPair(Problem problem) {
      Solution solution = MentorAssignment.optimal(problem);

      for (int[] pair : problem.pinned()) {
        assertThat(solution.mentorOf()[pair[0]]).as("team %d", pair[0]).isEqualTo(pair[1]);
      }
    }

    @Test
    void randomCohorts_fixSomePairs_andLeaveSomeTeamsWithoutAMentor() {
      List<Problem> cohorts = randomCohorts().toList();

      assertThat(cohorts).filteredOn(p -> p.pinned().length > 0).hasSizeGreaterThan(8);
      assertThat(cohorts)
          .filteredOn(p -> MentorAssignment.optimal(p).unassignedTeams() > 0)
          .hasSizeGreaterThan(2);
    }

    @Test
    void optimal_givesEveryTeamAMentorWhenCapacityIsEnoughAndThereAreNoConflicts() {
      for (long seed = 1; seed <= 40; seed++) {
        Random random = new Random(seed);
        int teams = 1 + random.nextInt(60);
        Cohort cohort = new Cohort(teams, 1 + random.nextInt(60));
        cohort.randomFits(random);
        int[] capacity = cohort.capacity;
        for (int t = 0; t < teams; t++) {
          capacity[random.nextInt(capacity.length)]++;
        }

        Solution solution = MentorAssignment.optimal(cohort.problem());

        assertThat(solution.unassignedTeams()).as("seed %d", seed).isZero();
        assertMeetsEveryRule(cohort.problem(), solution);
      }
    }

    @Test
    void optimal_givesAMentorToMoreTeamsBeforeAHigherTotal() {
      // Team 0 fits mentor 0 best (9), but team 1 can only have mentor 0: both get a mentor only
      // if team 0 takes mentor 1 (fit 0), a total of 1 instead of 9.
      Cohort cohort = new Cohort(2, 2).fits(new int[][] {{9, 0}, {1, 5}}).capacity(1, 1);
      cohort.conflict[1][1] = true;

      Solution optimal = MentorAssignment.optimal(cohort.problem());
      Solution firstCome = MentorAssignment.firstComeFirstServed(cohort.problem());

      assertThat(optimal.mentorOf()).containsExactly(1, 0);
      assertThat(optimal.totalFit()).isEqualTo(1);
      assertThat(optimal.unassignedTeams()).isZero();
      assertThat(firstCome.mentorOf()).containsExactly(0, -1);
      assertThat(firstCome.unassignedTeams()).isEqualTo(1);
    }

    @Test
    void optimal_leavesTeamsWithoutAMentorOnlyWhenCapacityRunsOut() {
      Cohort cohort = new Cohort(5, 2).fits(new int[][] {{1, 2}, {3, 4}, {5, 7}, {7, 8}, {9, 1}});
      cohort.capacity(2, 1);

      Solution solution = MentorAssignment.optimal(cohort.problem());

      assertThat(solution.unassignedTeams()).isEqualTo(2);
      // Mentor 1 would fit team 3 best (8), but giving them team 2 (7) leaves team 3 (7) rather
      // than team 2 (5) for mentor 0: 23 against 22.
      assertThat(solution.mentorOf()).containsExactly(-1, -1, 1, 0, 0);
      assertThat(solution.totalFit()).isEqualTo(7 + 7 + 9);
      assertThat(solution.worstFit()).isEqualTo(7);
    }
  }

  @Nested
  class BestTotalFit {

    @Test
    void optimal_matchesTheBruteForceOptimumOnSmallCohorts() {
      int someTeamWithout = 0;
      int firstComeWorse = 0;
      int withFixedPairs = 0;
      for (long seed = 1; seed <= 500; seed++) {
        Problem problem = smallCohort(seed, 10);
        long[] best = BruteForce.best(problem);

        Solution solution = MentorAssignment.optimal(problem);

        assertMeetsEveryRule(problem, solution);
        assertThat(problem.teams() - solution.unassignedTeams())
            .as("seed %d: teams with a mentor", seed)
            .isEqualTo(best[0]);
        assertThat(solution.totalFit()).as("seed %d: total fit", seed).isEqualTo(best[1]);
        someTeamWithout += solution.unassignedTeams() > 0 ? 1 : 0;
        withFixedPairs += problem.pinned().length > 0 ? 1 : 0;
        Solution firstCome = MentorAssignment.firstComeFirstServed(problem);
        assertMeetsEveryRule(problem, firstCome);
        if (firstCome.unassignedTeams() > solution.unassignedTeams()
            || firstCome.totalFit() < solution.totalFit()) {
          firstComeWorse++;
        }
      }
      assertThat(someTeamWithout).as("cohorts where capacity runs out").isGreaterThan(50);
      assertThat(withFixedPairs).as("cohorts with fixed pairs").isGreaterThan(50);
      assertThat(firstComeWorse).as("cohorts where first come does worse").isGreaterThan(50);
    }

    @Test
    void optimal_isExactWithFitsNearTheLargestAllowed() {
      // Costs go to the solver as doubles, and the cost of a team without a mentor grows with
      // teams × the largest fit; one apart must still count.
      for (long seed = 1; seed <= 100; seed++) {
        Problem problem = smallCohort(seed, MentorAssignment.MAX_FIT);
        long[] best = BruteForce.best(problem);

        Solution solution = MentorAssignment.optimal(problem);

        assertThat(problem.teams() - solution.unassignedTeams()).isEqualTo(best[0]);
        assertThat(solution.totalFit()).as("seed %d", seed).isEqualTo(best[1]);
      }
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.matching.MentorAssignmentTest#randomCohorts")
    void optimal_isNeverWorseThanFirstComeFirstServed(Problem problem) {
      Solution optimal = MentorAssignment.optimal(problem);
      Solution firstCome = MentorAssignment.firstComeFirstServed(problem);

      assertMeetsEveryRule(problem, firstCome);
      assertThat(optimal.unassignedTeams()).isLessThanOrEqualTo(firstCome.unassignedTeams());
      if (optimal.unassignedTeams() == firstCome.unassignedTeams()) {
        assertThat(optimal.totalFit()).isGreaterThanOrEqualTo(firstCome.totalFit());
      }
    }

    @Test
    void firstComeFirstServed_takesTheBestMentorFirstAndLosesOverall() {
      // Both teams want mentor 0, who has room for one; team 1 has nobody else who fits.
      Problem problem =
          new Cohort(2, 2).fits(new int[][] {{5, 4}, {5, 0}}).capacity(1, 1).problem();

      Solution firstCome = MentorAssignment.firstComeFirstServed(problem);
      Solution optimal = MentorAssignment.optimal(problem);

      assertThat(firstCome.mentorOf()).containsExactly(0, 1);
      assertThat(firstCome.totalFit()).isEqualTo(5);
      assertThat(firstCome.worstFit()).isZero();
      assertThat(optimal.mentorOf()).containsExactly(1, 0);
      assertThat(optimal.totalFit()).isEqualTo(9);
      assertThat(optimal.worstFit()).isEqualTo(4);
    }

    @Test
    void firstComeFirstServed_breaksTiesByTheLowerIndex_andSkipsFullMentors() {
      Problem problem =
          new Cohort(3, 3)
              .fits(new int[][] {{2, 2, 2}, {2, 2, 2}, {2, 2, 2}})
              .capacity(2, 0, 1)
              .problem();

      assertThat(MentorAssignment.firstComeFirstServed(problem).mentorOf())
          .containsExactly(0, 0, 2);
    }
  }

  @Nested
  class FixedPairs {

    @Test
    void optimal_keepsAFixedPairOverABetterOne_andCountsItTowardsCapacity() {
      // Staff fixed mentor 0 on team 1; mentor 0 has room for one, so team 0 gets mentor 1.
      Cohort cohort = new Cohort(2, 2).fits(new int[][] {{5, 0}, {1, 0}}).capacity(1, 1).pin(1, 0);

      Solution optimal = MentorAssignment.optimal(cohort.problem());
      Solution firstCome = MentorAssignment.firstComeFirstServed(cohort.problem());

      assertThat(optimal.mentorOf()).containsExactly(1, 0);
      assertThat(optimal.totalFit()).isEqualTo(1);
      assertThat(firstCome.mentorOf()).containsExactly(1, 0);
    }

    @Test
    void optimal_returnsTheFixedPairsWhenEveryTeamHasOne() {
      Cohort cohort = new Cohort(2, 2).fits(new int[][] {{1, 7}, {7, 1}}).capacity(2, 2);
      cohort.pin(0, 0).pin(1, 1);

      Solution solution = MentorAssignment.optimal(cohort.problem());

      assertThat(solution.mentorOf()).containsExactly(0, 1);
      assertThat(solution.totalFit()).isEqualTo(2);
      assertThat(solution.worstFit()).isEqualTo(1);
    }

    @Test
    void optimal_acceptsTheSamePairFixedTwice() {
      Cohort cohort = new Cohort(2, 1).capacity(1).pin(0, 0).pin(0, 0);

      Solution solution = MentorAssignment.optimal(cohort.problem());

      assertThat(solution.mentorOf()).containsExactly(0, -1);
    }

    @Test
    void optimal_refusesAFixedPairThatIsAlsoAConflict() {
      Cohort cohort = new Cohort(2, 2).pin(1, 0);
      cohort.conflict[1][0] = true;

      assertThatThrownBy(() -> MentorAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Mentor #0 is fixed as the mentor of Team #1 but has a conflict with it: remove the"
                  + " fixed pair or the conflict.");
      assertThatThrownBy(() -> MentorAssignment.firstComeFirstServed(cohort.problem()))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void optimal_refusesTwoFixedMentorsForOneTeam() {
      Cohort cohort = new Cohort(1, 2).capacity(1, 1).pin(0, 0).pin(0, 1);

      assertThatThrownBy(() -> MentorAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Team #0 has two fixed mentors, Mentor #0 and Mentor #1; a team takes one: unfix one"
                  + " of them.");
    }

    @Test
    void optimal_refusesAMentorFixedOnMoreTeamsThanTheirCapacity() {
      Cohort cohort = new Cohort(3, 1).capacity(2).pin(0, 0).pin(1, 0).pin(2, 0);

      assertThatThrownBy(() -> MentorAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Mentor #0 is fixed on more teams than their capacity of 2: unfix some or raise their"
                  + " capacity.");
    }

    @Test
    void optimal_usesTheNamesTheServiceGives() {
      Cohort cohort = new Cohort(1, 2).pin(0, 1);
      cohort.conflict[0][1] = true;
      Labels names = new Labels(t -> "Green Grocers", m -> List.of("Ada", "Bo").get(m));

      assertThatThrownBy(() -> MentorAssignment.optimal(cohort.problem(), names))
          .hasMessageStartingWith("Bo is fixed as the mentor of Green Grocers");
    }
  }

  @Nested
  class EdgeCases {

    @Test
    void optimal_givesAnEmptyAssignmentWhenThereAreNoTeams() {
      Solution solution = MentorAssignment.optimal(new Cohort(0, 3).problem());

      assertThat(solution.mentorOf()).isEmpty();
      assertThat(solution.totalFit()).isZero();
      assertThat(solution.worstFit()).isEqualTo(-1);
      assertThat(solution.unassignedTeams()).isZero();
    }

    @Test
    void optimal_leavesEveryTeamWithoutAMentorWhenThereAreNoneWithRoom() {
      for (Cohort cohort : List.of(new Cohort(3, 0), new Cohort(3, 2).capacity(0, 0))) {
        Solution solution = MentorAssignment.optimal(cohort.problem());

        assertThat(solution.mentorOf()).containsExactly(-1, -1, -1);
        assertThat(solution.unassignedTeams()).isEqualTo(3);
        assertThat(solution.worstFit()).isEqualTo(-1);
      }
    }

    @Test
    void optimal_stillAssignsWhenEveryFitIsZero() {
      Solution solution = MentorAssignment.optimal(new Cohort(3, 2).capacity(2, 1).problem());

      assertThat(solution.unassignedTeams()).isZero();
      assertThat(solution.worstFit()).isZero();
    }

    @Test
    void problem_rejectsMalformedInput() {
      assertThatThrownBy(
              () -> new Problem(1, 2, new int[] {1}, new int[1][2], new boolean[1][2], null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("capacity needs one entry per mentor");
      assertThatThrownBy(() -> new Cohort(1, 1).capacity(-1).problem())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("capacity[0] is negative");
      assertThatThrownBy(() -> new Cohort(1, 1).fits(new int[][] {{-1}}).problem())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fit[0][0]");
      assertThatThrownBy(
              () -> new Cohort(1, 1).fits(new int[][] {{MentorAssignment.MAX_FIT + 1}}).problem())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fit[0][0]");
      assertThatThrownBy(
              () ->
                  new Problem(2, 1, new int[] {1}, new int[][] {{1}, {}}, new boolean[2][1], null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("team 1");
      assertThatThrownBy(() -> new Cohort(1, 1).pin(0, 1).problem())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pinned pair");
    }
  }

  /** Within capacity, no conflicted pair, fixed pairs kept, and the reported fits add up. */
  static void assertMeetsEveryRule(Problem problem, Solution solution) {
    int[] load = new int[problem.mentors()];
    long total = 0;
    int worst = -1;
    int unassigned = 0;
    assertThat(solution.mentorOf()).hasSize(problem.teams());
    for (int t = 0; t < problem.teams(); t++) {
      int m = solution.mentorOf()[t];
      if (m < 0) {
        unassigned++;
        continue;
      }
      assertThat(problem.conflict()[t][m]).as("team %d has conflicted mentor %d", t, m).isFalse();
      load[m]++;
      total += problem.fit()[t][m];
      worst = worst < 0 ? problem.fit()[t][m] : Math.min(worst, problem.fit()[t][m]);
    }
    for (int m = 0; m < problem.mentors(); m++) {
      assertThat(load[m]).as("mentor %d's teams", m).isLessThanOrEqualTo(problem.capacity()[m]);
    }
    for (int[] pair : problem.pinned()) {
      assertThat(solution.mentorOf()[pair[0]]).as("fixed team %d", pair[0]).isEqualTo(pair[1]);
    }
    assertThat(solution.totalFit()).isEqualTo(total);
    assertThat(solution.worstFit()).isEqualTo(worst);
    assertThat(solution.unassignedTeams()).isEqualTo(unassigned);
  }

  private static Problem randomCohort(long seed) {
    Random random = new Random(seed);
    int teams = seed % 4 == 0 ? 60 : 1 + random.nextInt(60);
    int mentors = seed % 3 == 0 ? 60 : 1 + random.nextInt(60);
    Cohort cohort = new Cohort(teams, mentors);
    cohort.randomFits(random);
    for (int m = 0; m < mentors; m++) {
      cohort.capacity[m] = random.nextInt(4);
    }
    for (int t = 0; t < teams; t++) {
      for (int m = 0; m < mentors; m++) {
        cohort.conflict[t][m] = random.nextDouble() < 0.08;
      }
    }
    cohort.randomPins(random, 0.1);
    return cohort.problem();
  }

  /**
   * 1 to 5 teams, 1 to 4 mentors with capacity 0 to 2, fits 0 to {@code maxFit}, 15 % conflicts,
   * sometimes a fixed pair: small enough for every assignment to be tried.
   */
  private static Problem smallCohort(long seed, int maxFit) {
    Random random = new Random(seed);
    Cohort cohort = new Cohort(1 + random.nextInt(5), 1 + random.nextInt(4));
    for (int t = 0; t < cohort.fit.length; t++) {
      for (int m = 0; m < cohort.capacity.length; m++) {
        cohort.fit[t][m] =
            random.nextBoolean() ? maxFit - random.nextInt(4) : random.nextInt(maxFit + 1);
        cohort.conflict[t][m] = random.nextDouble() < 0.15;
      }
    }
    for (int m = 0; m < cohort.capacity.length; m++) {
      cohort.capacity[m] = random.nextInt(3);
    }
    cohort.randomPins(random, 0.1);
    return cohort.problem();
  }

  /** A cohort under construction: fits 0, no conflicts, no capacity, nothing fixed. */
  private static final class Cohort {
    int[][] fit;
    final boolean[][] conflict;
    int[] capacity;
    final List<int[]> pinned = new ArrayList<>();

    Cohort(int teams, int mentors) {
      fit = new int[teams][mentors];
      conflict = new boolean[teams][mentors];
      capacity = new int[mentors];
    }

    Cohort fits(int[][] fit) {
      this.fit = fit;
      return this;
    }

    Cohort capacity(int... capacity) {
      this.capacity = capacity;
      return this;
    }

    Cohort pin(int team, int mentor) {
      pinned.add(new int[] {team, mentor});
      return this;
    }

    /** Fits 0..9, the range the service's fit has. */
    void randomFits(Random random) {
      for (int[] row : fit) {
        Arrays.setAll(row, m -> random.nextInt(10));
      }
    }

    /** Fixes about {@code share} of the teams to a mentor who has no conflict and room left. */
    void randomPins(Random random, double share) {
      int[] load = new int[capacity.length];
      for (int t = 0; t < fit.length; t++) {
        if (capacity.length == 0 || random.nextDouble() >= share) {
          continue;
        }
        int m = random.nextInt(capacity.length);
        if (!conflict[t][m] && load[m] < capacity[m]) {
          load[m]++;
          pin(t, m);
        }
      }
    }

    Problem problem() {
      return new Problem(
          fit.length, capacity.length, capacity, fit, conflict, pinned.toArray(new int[0][]));
    }
  }

  /**
   * Every assignment of small cohorts: each team in turn gets no mentor or one without a conflict
   * who has room (a fixed team only its fixed mentor). Returns {teams with a mentor, total fit} of
   * the best, by the first and then the second.
   */
  private static final class BruteForce {
    private final Problem problem;
    private final int[] fixed;
    private final int[] load;
    private long bestAssigned = -1;
    private long bestTotal;

    private BruteForce(Problem problem) {
      this.problem = problem;
      this.fixed = new int[problem.teams()];
      this.load = new int[problem.mentors()];
      Arrays.fill(fixed, -1);
      for (int[] pair : problem.pinned()) {
        fixed[pair[0]] = pair[1];
      }
    }

    static long[] best(Problem problem) {
      BruteForce search = new BruteForce(problem);
      search.assign(0, 0, 0);
      return new long[] {search.bestAssigned, search.bestTotal};
    }

    private void assign(int team, int assigned, long total) {
      if (team == problem.teams()) {
        if (assigned > bestAssigned || assigned == bestAssigned && total > bestTotal) {
          bestAssigned = assigned;
          bestTotal = total;
        }
        return;
      }
      if (fixed[team] < 0) {
        assign(team + 1, assigned, total);
      }
      for (int m = 0; m < problem.mentors(); m++) {
        boolean allowed = fixed[team] < 0 ? !problem.conflict()[team][m] : fixed[team] == m;
        if (allowed && load[m] < problem.capacity()[m]) {
          load[m]++;
          assign(team + 1, assigned + 1, total + problem.fit()[team][m]);
          load[m]--;
        }
      }
    }
  }

  /**
   * The most teams that can have a mentor, by augmenting paths (Kuhn's algorithm with capacities),
   * fixed pairs taken first; independent of the flow the class uses.
   */
  private static final class MaximumMatching {
    private final Problem problem;
    private final int[] mentorOf;
    private final int[] load;
    private boolean[] visited;

    private MaximumMatching(Problem problem) {
      this.problem = problem;
      this.mentorOf = new int[problem.teams()];
      this.load = new int[problem.mentors()];
      Arrays.fill(mentorOf, -1);
    }

    static int size(Problem problem) {
      MaximumMatching matching = new MaximumMatching(problem);
      boolean[] fixed = new boolean[problem.teams()];
      int size = 0;
      for (int[] pair : problem.pinned()) {
        matching.mentorOf[pair[0]] = pair[1];
        matching.load[pair[1]]++;
        fixed[pair[0]] = true;
        size++;
      }
      for (int t = 0; t < problem.teams(); t++) {
        if (!fixed[t]) {
          matching.visited = new boolean[problem.mentors()];
          size += matching.augment(t, fixed) ? 1 : 0;
        }
      }
      return size;
    }

    private boolean augment(int team, boolean[] fixed) {
      for (int m = 0; m < problem.mentors(); m++) {
        if (problem.conflict()[team][m] || visited[m] || problem.capacity()[m] == 0) {
          continue;
        }
        visited[m] = true;
        if (load[m] < problem.capacity()[m]) {
          load[m]++;
          mentorOf[team] = m;
          return true;
        }
        for (int other = 0; other < problem.teams(); other++) {
          if (mentorOf[other] == m && !fixed[other] && augment(other, fixed)) {
            mentorOf[team] = m;
            return true;
          }
        }
      }
      return false;
    }
  }
}
