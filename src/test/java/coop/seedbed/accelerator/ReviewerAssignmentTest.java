package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import coop.seedbed.accelerator.ReviewerAssignment.Labels;
import coop.seedbed.accelerator.ReviewerAssignment.Problem;
import coop.seedbed.accelerator.ReviewerAssignment.Solution;
import coop.seedbed.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewerAssignmentTest {

  /** Random cohorts up to 200 applications × 40 reviewers, 5 % conflicts, some fixed pairs. */
  static Stream<Problem> randomCohorts() {
    return LongStream.rangeClosed(1, 12).mapToObj(ReviewerAssignmentTest::randomCohort);
  }

  /**
   * Random cohorts whose reviews share out evenly (T/R whole): there greedy is held to the same
   * loads as the optimum, so a full greedy answer is among those the optimum was chosen from. (With
   * uneven loads greedy may give more reviewers the higher load than balance allows, and so buy fit
   * the rules forbid.)
   */
  static Stream<Problem> evenlyLoadedCohorts() {
    return LongStream.rangeClosed(1, 12)
        .mapToObj(
            seed -> {
              Random random = new Random(seed);
              int reviewers = 10 + random.nextInt(31);
              int applications = reviewers * (1 + random.nextInt(200 / reviewers));
              Cohort cohort = new Cohort(applications, reviewers, 1 + random.nextInt(3));
              cohort.randomFitsAndConflicts(random);
              return cohort.problem();
            });
  }

  @Nested
  class EveryRuleHolds {

    @ParameterizedTest
    @MethodSource("coop.seedbed.accelerator.ReviewerAssignmentTest#randomCohorts")
    void optimal_givesEveryApplicationExactlyNReviewers(Problem problem) {
      Solution solution = ReviewerAssignment.optimal(problem);

      assertThat(solution.reviewersOf().length).isEqualTo(problem.applications());
      for (int[] reviewers : solution.reviewersOf()) {
        assertThat(reviewers).hasSize(problem.perApplication()).isSorted().doesNotHaveDuplicates();
      }
      assertThat(solution.unfilled()).isZero();
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.accelerator.ReviewerAssignmentTest#randomCohorts")
    void optimal_neverAssignsAConflict(Problem problem) {
      Solution solution = ReviewerAssignment.optimal(problem);

      for (int a = 0; a < problem.applications(); a++) {
        for (int r : solution.reviewersOf()[a]) {
          assertThat(problem.conflict()[a][r]).as("application %d, reviewer %d", a, r).isFalse();
        }
      }
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.accelerator.ReviewerAssignmentTest#randomCohorts")
    void optimal_keepsLoadsWithinTheBoundsAndWithinOneOfEachOther(Problem problem) {
      Solution solution = ReviewerAssignment.optimal(problem);

      assertThat(solution.loads()).isEqualTo(loadsOf(problem, solution.reviewersOf()));
      int min = Arrays.stream(solution.loads()).min().orElseThrow();
      int max = Arrays.stream(solution.loads()).max().orElseThrow();
      assertThat(max - min).isLessThanOrEqualTo(1);
      assertThat(min).isGreaterThanOrEqualTo(problem.minLoad());
      assertThat(max).isLessThanOrEqualTo(problem.maxLoad());
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.accelerator.ReviewerAssignmentTest#randomCohorts")
    void optimal_keepsEveryPinnedPair(Problem problem) {
      Solution solution = ReviewerAssignment.optimal(problem);

      long pinned = 0;
      for (int a = 0; a < problem.applications(); a++) {
        for (int r = 0; r < problem.reviewers(); r++) {
          if (problem.pinned()[a][r]) {
            pinned++;
            assertThat(solution.reviewersOf()[a]).as("application %d", a).contains(r);
          }
        }
      }
      assertThat(pinned).as("the cohorts pin some pairs").isPositive();
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.accelerator.ReviewerAssignmentTest#randomCohorts")
    void optimal_reportsTheFitOfWhatItAssigned(Problem problem) {
      Solution solution = ReviewerAssignment.optimal(problem);

      long total = 0;
      int worst = Integer.MAX_VALUE;
      for (int a = 0; a < problem.applications(); a++) {
        for (int r : solution.reviewersOf()[a]) {
          total += problem.fit()[a][r];
          worst = Math.min(worst, problem.fit()[a][r]);
        }
      }
      assertThat(solution.totalFit()).isEqualTo(total);
      assertThat(solution.worstFit()).isEqualTo(worst);
    }

    @Test
    void optimal_keepsAPinnedPairOverABetterOne() {
      Cohort cohort = new Cohort(2, 2, 1).fits(new int[][] {{5, 0}, {5, 0}}).pin(1, 0);

      Solution solution = ReviewerAssignment.optimal(cohort.problem());

      assertThat(solution.reviewersOf()).isDeepEqualTo(new int[][] {{1}, {0}});
      assertThat(solution.totalFit()).isEqualTo(5);
    }

    @Test
    void optimal_givesAnEmptyAssignmentWhenThereAreNoApplications() {
      Solution solution = ReviewerAssignment.optimal(new Cohort(0, 3, 3).problem());

      assertThat(solution.reviewersOf()).isEmpty();
      assertThat(solution.loads()).containsExactly(0, 0, 0);
      assertThat(solution.totalFit()).isZero();
      assertThat(solution.worstFit()).isEqualTo(-1);
    }
  }

  @Nested
  class BestTotalFit {

    @Test
    void optimal_matchesTheBruteForceOptimumOnSmallCohorts() {
      int feasible = 0;
      int infeasible = 0;
      for (long seed = 1; seed <= 400; seed++) {
        Problem problem = smallCohort(seed);
        long best = BruteForce.bestTotalFit(problem);
        if (best < 0) {
          assertThatThrownBy(() -> ReviewerAssignment.optimal(problem))
              .as("seed %d has no assignment", seed)
              .isInstanceOf(InvalidInputException.class);
          infeasible++;
        } else {
          Solution solution = ReviewerAssignment.optimal(problem);
          assertThat(solution.totalFit()).as("seed %d", seed).isEqualTo(best);
          assertMeetsEveryRule(problem, solution);
          feasible++;
        }
      }
      assertThat(feasible).as("cohorts with an answer").isGreaterThan(200);
      assertThat(infeasible).as("cohorts without one").isGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("coop.seedbed.accelerator.ReviewerAssignmentTest#evenlyLoadedCohorts")
    void optimal_fitsAtLeastAsWellAsGreedy(Problem problem) {
      Solution optimal = ReviewerAssignment.optimal(problem);
      Solution greedy = ReviewerAssignment.greedy(problem);

      assertThat(optimal.totalFit()).isGreaterThanOrEqualTo(greedy.totalFit());
      assertThat(optimal.unfilled()).isLessThanOrEqualTo(greedy.unfilled());
    }

    @Test
    void greedy_takesTheBestReviewerFirstAndLosesOverall() {
      // Both want reviewer 0; greedy gives them to the first application, the optimum to the
      // second, which has nobody else who fits.
      Problem problem = new Cohort(2, 2, 1).fits(new int[][] {{5, 4}, {5, 0}}).problem();

      Solution greedy = ReviewerAssignment.greedy(problem);
      Solution optimal = ReviewerAssignment.optimal(problem);

      assertThat(greedy.reviewersOf()).isDeepEqualTo(new int[][] {{0}, {1}});
      assertThat(greedy.totalFit()).isEqualTo(5);
      assertThat(greedy.worstFit()).isZero();
      assertThat(optimal.reviewersOf()).isDeepEqualTo(new int[][] {{1}, {0}});
      assertThat(optimal.totalFit()).isEqualTo(9);
      assertThat(optimal.worstFit()).isEqualTo(4);
    }

    @Test
    void greedy_leavesASeatEmptyWhereOptimalFillsThemAll() {
      Problem problem =
          new Cohort(2, 2, 1).fits(new int[][] {{5, 4}, {5, 0}}).conflict(1, 1).problem();

      Solution greedy = ReviewerAssignment.greedy(problem);
      Solution optimal = ReviewerAssignment.optimal(problem);

      assertThat(greedy.unfilled()).isEqualTo(1);
      assertThat(greedy.reviewersOf()).isDeepEqualTo(new int[][] {{0}, {}});
      assertThat(optimal.unfilled()).isZero();
      assertThat(optimal.reviewersOf()).isDeepEqualTo(new int[][] {{1}, {0}});
    }

    @Test
    void greedy_breaksTiesByLowerLoadThenLowerIndex() {
      // 4 reviews between 2 reviewers: each may take 2.
      Problem problem =
          new Cohort(4, 2, 1).fits(new int[][] {{1, 1}, {1, 1}, {3, 3}, {2, 2}}).problem();

      Solution greedy = ReviewerAssignment.greedy(problem);

      assertThat(greedy.reviewersOf()).isDeepEqualTo(new int[][] {{0}, {1}, {0}, {1}});
    }

    @Test
    void greedy_keepsPinnedPairsAndCountsThemTowardsTheLoad() {
      Problem problem = new Cohort(2, 2, 1).fits(new int[][] {{5, 0}, {5, 0}}).pin(1, 0).problem();

      Solution greedy = ReviewerAssignment.greedy(problem);

      assertThat(greedy.reviewersOf()).isDeepEqualTo(new int[][] {{1}, {0}});
      assertThat(greedy.loads()).containsExactly(1, 1);
    }
  }

  @Nested
  class ImpossibleRounds {

    @Test
    void optimal_namesTheApplicationWithTooFewReviewersWithoutAConflict() {
      Cohort cohort = new Cohort(13, 4, 3).conflict(12, 0).conflict(12, 3);

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Application #12 has only 2 reviewers without a conflict; it needs 3.");
    }

    @Test
    void optimal_saysWhenTheMaximumLoadIsTooLowForTheReviewsNeeded() {
      Problem problem = new Cohort(13, 3, 2).loads(0, 8).problem();

      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> ReviewerAssignment.optimal(problem));

      assertThat(e)
          .hasMessage(
              "3 reviewers can take at most 8 reviews each (the bound you set), 26 are needed:"
                  + " add reviewers or raise the maximum.");
      assertThat(e.errors())
          .extracting(InvalidInputException.FieldError::field)
          .containsExactly("maxLoad");
    }

    @Test
    void optimal_saysWhenTheMinimumLoadCannotBeReached() {
      Problem problem = new Cohort(4, 3, 2).loads(3, 10).problem();

      assertThatThrownBy(() -> ReviewerAssignment.optimal(problem))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "3 reviewers must take at least 3 reviews each (the bound you set), but only 8 are"
                  + " to be done: lower the minimum or take reviewers out of this round.");
    }

    @Test
    void optimal_namesTheReviewerWhoseFixedAssignmentsBreakTheBalance() {
      // 11 applications × 1 review among 3 reviewers: balanced loads are 3 or 4.
      Cohort cohort = new Cohort(11, 3, 1);
      for (int a = 0; a < 5; a++) {
        cohort.pin(a, 0);
      }

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "The fixed assignments give Reviewer #0 5 reviews while balanced loads are 3 or 4:"
                  + " unfix some of theirs.");
    }

    @Test
    void optimal_saysWhenTooManyReviewersAreFixedAtTheHigherLoad() {
      // 9 reviews among 4 reviewers: loads 2, 2, 2 and 3, so only one reviewer may have 3.
      Cohort cohort = new Cohort(3, 4, 3);
      for (int a = 0; a < 3; a++) {
        cohort.pin(a, 0).pin(a, 1);
      }

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "The fixed assignments already give 2 reviewers 3 reviews each, but balanced loads"
                  + " leave room for only 1 at 3: unfix some.");
    }

    @Test
    void optimal_namesTheReviewerWithTooFewApplicationsWithoutAConflict() {
      Cohort cohort = new Cohort(6, 3, 1);
      for (int a = 0; a < 5; a++) {
        cohort.conflict(a, 2);
      }

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Reviewer #2 can review only 1 application (the others are conflicts of theirs or"
                  + " have all their reviewers fixed), while balanced loads are 2: check their"
                  + " conflicts or take them out of this round.");
    }

    @Test
    void optimal_refusesAPinnedPairThatIsAlsoAConflict() {
      Cohort cohort = new Cohort(2, 2, 1).pin(1, 0).conflict(1, 0);

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Reviewer #0 is fixed on Application #1 but has a conflict with it: remove the fixed"
                  + " assignment or the conflict.");
    }

    @Test
    void optimal_refusesMorePinnedReviewersThanAnApplicationTakes() {
      Cohort cohort = new Cohort(3, 3, 1).pin(0, 0).pin(0, 1);

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Application #0 has 2 fixed reviewers; it takes only 1: unfix some.");
    }

    @Test
    void optimal_fallsBackToAPlainMessageWhenOnlyTheSolverFindsNoAnswer() {
      // Applications 0 and 1 can only have reviewer 0, who must take exactly one review; no
      // single application or reviewer shows it.
      Cohort cohort = new Cohort(3, 3, 1).conflict(0, 1).conflict(0, 2);
      cohort.conflict(1, 1).conflict(1, 2);

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "No assignment meets every rule: with these conflicts and fixed assignments the"
                  + " applications cannot each get 1 reviewer while every reviewer takes 1 review."
                  + " Remove some conflicts or fixed assignments, or add reviewers.");
    }

    @Test
    void optimal_saysWhenThereAreNoReviewers() {
      assertThatThrownBy(() -> ReviewerAssignment.optimal(new Cohort(2, 0, 1).problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("There are no reviewers yet: add reviewers first.");
    }

    @Test
    void optimal_saysWhenApplicationsNeedMoreReviewersThanThereAre() {
      assertThatThrownBy(() -> ReviewerAssignment.optimal(new Cohort(2, 2, 3).problem()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Each application needs 3 reviewers but there are only 2: add reviewers or lower"
                  + " the number per application.");
    }

    @Test
    void optimal_usesTheNamesTheServiceGives() {
      Cohort cohort = new Cohort(1, 3, 2).conflict(0, 0).conflict(0, 1);
      Labels names = new Labels(a -> "Green Grocers", r -> List.of("Ada", "Bo", "Cy").get(r));

      assertThatThrownBy(() -> ReviewerAssignment.optimal(cohort.problem(), names))
          .hasMessage("Green Grocers has only 1 reviewer without a conflict; it needs 2.");
    }

    @Test
    void greedy_neverThrowsForAnImpossibleRound() {
      Solution greedy = ReviewerAssignment.greedy(new Cohort(2, 0, 1).problem());

      assertThat(greedy.unfilled()).isEqualTo(2);
      assertThat(greedy.worstFit()).isEqualTo(-1);
    }
  }

  @Nested
  class MalformedProblems {

    @Test
    void problem_rejectsAMaximumBelowTheMinimum() {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> new Cohort(1, 1, 1).loads(3, 2).problem());

      assertThat(e).hasMessage("The maximum load (2) is below the minimum (3).");
      assertThat(e.errors())
          .extracting(InvalidInputException.FieldError::field)
          .containsExactly("maxLoad");
    }

    @Test
    void problem_rejectsNoReviewsPerApplication() {
      assertThatThrownBy(() -> new Cohort(1, 1, 0).problem())
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Each application needs at least one reviewer.");
    }

    @Test
    void problem_rejectsARowOfTheWrongLength() {
      assertThatThrownBy(
              () ->
                  new Problem(
                      2, 1, 0, 9, new int[][] {{1, 2}, {1}}, new boolean[2][2], new boolean[2][2]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("application 1");
    }

    @Test
    void problem_rejectsANegativeFit() {
      assertThatThrownBy(() -> new Cohort(1, 1, 1).fits(new int[][] {{-1}}).problem())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fit[0][0]");
    }
  }

  private static void assertMeetsEveryRule(Problem problem, Solution solution) {
    int[] loads = loadsOf(problem, solution.reviewersOf());
    assertThat(solution.loads()).isEqualTo(loads);
    for (int a = 0; a < problem.applications(); a++) {
      assertThat(solution.reviewersOf()[a]).hasSize(problem.perApplication());
      for (int r = 0; r < problem.reviewers(); r++) {
        boolean assigned = Arrays.binarySearch(solution.reviewersOf()[a], r) >= 0;
        if (problem.conflict()[a][r]) {
          assertThat(assigned).isFalse();
        }
        if (problem.pinned()[a][r]) {
          assertThat(assigned).isTrue();
        }
      }
    }
    int min = Arrays.stream(loads).min().orElse(0);
    int max = Arrays.stream(loads).max().orElse(0);
    assertThat(max - min).isLessThanOrEqualTo(1);
    assertThat(min).isGreaterThanOrEqualTo(problem.minLoad());
    assertThat(max).isLessThanOrEqualTo(problem.maxLoad());
  }

  private static int[] loadsOf(Problem problem, int[][] reviewersOf) {
    int[] loads = new int[problem.reviewers()];
    for (int[] reviewers : reviewersOf) {
      for (int r : reviewers) {
        loads[r]++;
      }
    }
    return loads;
  }

  private static Problem randomCohort(long seed) {
    Random random = new Random(seed);
    int perApplication = 1 + random.nextInt(3);
    int applications = seed % 3 == 0 ? 200 : 1 + random.nextInt(200);
    int reviewers = seed % 4 == 0 ? 40 : perApplication + 2 + random.nextInt(39 - perApplication);
    Cohort cohort = new Cohort(applications, reviewers, perApplication);
    cohort.randomFitsAndConflicts(random);
    int lowestLoad = applications * perApplication / reviewers;
    int[] pinnedOfReviewer = new int[reviewers];
    for (int a = 0; a < applications; a++) {
      int r = random.nextInt(reviewers);
      if (random.nextDouble() < 0.1 && !cohort.conflict[a][r] && pinnedOfReviewer[r] < lowestLoad) {
        cohort.pin(a, r);
        pinnedOfReviewer[r]++;
      }
    }
    int highestLoad = (applications * perApplication + reviewers - 1) / reviewers;
    if (seed % 2 == 0) {
      cohort.loads(lowestLoad, highestLoad);
    }
    return cohort.problem();
  }

  /** 4–6 applications, 3–4 reviewers, 2 reviews each; conflicts and pins often enough to fail. */
  private static Problem smallCohort(long seed) {
    Random random = new Random(seed);
    int applications = 4 + random.nextInt(3);
    int reviewers = 3 + random.nextInt(2);
    Cohort cohort = new Cohort(applications, reviewers, 2);
    for (int a = 0; a < applications; a++) {
      for (int r = 0; r < reviewers; r++) {
        cohort.fit[a][r] = random.nextInt(6);
        double roll = random.nextDouble();
        cohort.conflict[a][r] = roll < 0.12;
        cohort.pinned[a][r] = roll > 0.93;
      }
    }
    if (random.nextInt(5) == 0) {
      cohort.loads(random.nextInt(3), 2 + random.nextInt(3));
    }
    return cohort.problem();
  }

  /** A cohort under construction, with no conflicts or pins and unbounded loads to start. */
  private static final class Cohort {
    final int reviewers;
    final int perApplication;
    int[][] fit;
    final boolean[][] conflict;
    final boolean[][] pinned;
    int minLoad = 0;
    int maxLoad = Integer.MAX_VALUE;

    Cohort(int applications, int reviewers, int perApplication) {
      this.reviewers = reviewers;
      this.perApplication = perApplication;
      this.fit = new int[applications][reviewers];
      this.conflict = new boolean[applications][reviewers];
      this.pinned = new boolean[applications][reviewers];
    }

    Cohort fits(int[][] fit) {
      this.fit = fit;
      return this;
    }

    Cohort conflict(int application, int reviewer) {
      conflict[application][reviewer] = true;
      return this;
    }

    Cohort pin(int application, int reviewer) {
      pinned[application][reviewer] = true;
      return this;
    }

    /** Fits 0..5 and 5 % conflicts. */
    void randomFitsAndConflicts(Random random) {
      for (int a = 0; a < fit.length; a++) {
        for (int r = 0; r < reviewers; r++) {
          fit[a][r] = random.nextInt(6);
          conflict[a][r] = random.nextDouble() < 0.05;
        }
      }
    }

    Cohort loads(int min, int max) {
      minLoad = min;
      maxLoad = max;
      return this;
    }

    Problem problem() {
      return new Problem(reviewers, perApplication, minLoad, maxLoad, fit, conflict, pinned);
    }
  }

  /** Every assignment that meets the rules, enumerated; -1 when there is none. */
  private static final class BruteForce {
    private final Problem problem;
    private final int[] loads;
    private long best = -1;

    private BruteForce(Problem problem) {
      this.problem = problem;
      this.loads = new int[problem.reviewers()];
    }

    static long bestTotalFit(Problem problem) {
      BruteForce search = new BruteForce(problem);
      search.assign(0, 0);
      return search.best;
    }

    private void assign(int application, long fitSoFar) {
      if (application == problem.applications()) {
        int min = Arrays.stream(loads).min().orElse(0);
        int max = Arrays.stream(loads).max().orElse(0);
        if (max - min <= 1 && min >= problem.minLoad() && max <= problem.maxLoad()) {
          best = Math.max(best, fitSoFar);
        }
        return;
      }
      for (int set = 0; set < 1 << problem.reviewers(); set++) {
        if (Integer.bitCount(set) != problem.perApplication() || !allowed(application, set)) {
          continue;
        }
        long fit = 0;
        for (int r = 0; r < problem.reviewers(); r++) {
          if ((set & 1 << r) != 0) {
            loads[r]++;
            fit += problem.fit()[application][r];
          }
        }
        assign(application + 1, fitSoFar + fit);
        for (int r = 0; r < problem.reviewers(); r++) {
          if ((set & 1 << r) != 0) {
            loads[r]--;
          }
        }
      }
    }

    private boolean allowed(int application, int set) {
      for (int r = 0; r < problem.reviewers(); r++) {
        boolean in = (set & 1 << r) != 0;
        if (in && problem.conflict()[application][r] || !in && problem.pinned()[application][r]) {
          return false;
        }
      }
      return true;
    }
  }
}
