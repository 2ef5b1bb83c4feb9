package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.accelerator.ReviewerAssignment.Problem;
import coop.seedbed.accelerator.ReviewerAssignment.Solution;
import coop.seedbed.testing.bench.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reviewer assignment for a large cohort, in process ({@code ./mvnw -Pbench verify
 * -Dit.test=AssignmentBenchmark}): 1,000 applications, 100 reviewers, 3 reviews each, 5 % of pairs
 * in conflict, fits made as the service makes them from sectors and topics. Times the optimal
 * assignment (model and solve) against the greedy baseline, and shows what the optimum buys.
 */
class AssignmentBenchmark {

  private static final int APPLICATIONS = 1_000;
  private static final int REVIEWERS = 100;
  private static final int PER_APPLICATION = 3;
  private static final double CONFLICTS = 0.05;
  private static final int SECTORS = 12;
  private static final int TOPICS = 25;
  private static final int WARM_UPS = 3;
  private static final int RUNS = Integer.getInteger("it.assignment.runs", 7);

  @Test
  void optimalAgainstGreedy() throws Exception {
    Problem problem = cohort(new Random(20_240_601));

    Timed optimal = time(ReviewerAssignment::optimal, problem);
    Timed greedy = time(ReviewerAssignment::greedy, problem);

    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Reviewer assignment benchmark (in process), %d cores, max heap %d MiB: %,d applications"
                + " x %d reviewers x %d reviews, %.0f %% conflicts, fit 0..5 from sectors and"
                + " topics; medians of %d runs after %d warm-ups",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1 << 20),
            APPLICATIONS,
            REVIEWERS,
            PER_APPLICATION,
            CONFLICTS * 100,
            RUNS,
            WARM_UPS));
    report.add("");
    report.add(
        "| assignment | time | total fit | mean fit | worst pair fit | unfilled seats | loads |");
    report.add("|---|---|---|---|---|---|---|");
    report.add(row("optimal (min-cost flow)", optimal));
    report.add(row("greedy (in order, best first)", greedy));
    report.add("");
    report.add(
        String.format(
            Locale.ROOT,
            "Optimal takes %.0fx the greedy time; fastest and slowest optimal runs %.0f ms and %.0f"
                + " ms.",
            optimal.median() / greedy.median(),
            optimal.millis[0],
            optimal.millis[optimal.millis.length - 1]));
    Report.write("assignment", report);

    assertThat(optimal.solution.unfilled()).isZero();
    assertThat(optimal.solution.totalFit()).isGreaterThanOrEqualTo(greedy.solution.totalFit());
  }

  private record Timed(Solution solution, double[] millis) {
    double median() {
      return millis[millis.length / 2];
    }
  }

  private static Timed time(Function<Problem, Solution> assign, Problem problem) {
    for (int i = 0; i < WARM_UPS; i++) {
      assign.apply(problem);
    }
    double[] millis = new double[RUNS];
    Solution solution = null;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      solution = assign.apply(problem);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timed(solution, millis);
  }

  private static String row(String name, Timed timed) {
    Solution s = timed.solution;
    int seats = APPLICATIONS * PER_APPLICATION - s.unfilled();
    return String.format(
        Locale.ROOT,
        "| %s | %.0f ms | %,d | %.2f | %d | %d | %d..%d |",
        name,
        timed.median(),
        s.totalFit(),
        (double) s.totalFit() / seats,
        s.worstFit(),
        s.unfilled(),
        Arrays.stream(s.loads()).min().orElse(0),
        Arrays.stream(s.loads()).max().orElse(0));
  }

  /**
   * Fit as the service computes it: 2 when the application's sector is among the reviewer's, plus
   * the topics they share, at most 3.
   */
  static Problem cohort(Random random) {
    int[] sectorOf = new int[APPLICATIONS];
    int[] topicsOfApplication = new int[APPLICATIONS];
    for (int a = 0; a < APPLICATIONS; a++) {
      sectorOf[a] = random.nextInt(SECTORS);
      topicsOfApplication[a] = someOf(random, TOPICS, 1, 3);
    }
    int[] sectorsOfReviewer = new int[REVIEWERS];
    int[] topicsOfReviewer = new int[REVIEWERS];
    for (int r = 0; r < REVIEWERS; r++) {
      sectorsOfReviewer[r] = someOf(random, SECTORS, 1, 3);
      topicsOfReviewer[r] = someOf(random, TOPICS, 2, 6);
    }
    int[][] fit = new int[APPLICATIONS][REVIEWERS];
    boolean[][] conflict = new boolean[APPLICATIONS][REVIEWERS];
    for (int a = 0; a < APPLICATIONS; a++) {
      for (int r = 0; r < REVIEWERS; r++) {
        boolean sameSector = (sectorsOfReviewer[r] & (1 << sectorOf[a])) != 0;
        int sharedTopics = Integer.bitCount(topicsOfApplication[a] & topicsOfReviewer[r]);
        fit[a][r] = (sameSector ? 2 : 0) + Math.min(3, sharedTopics);
        conflict[a][r] = random.nextDouble() < CONFLICTS;
      }
    }
    return new Problem(
        REVIEWERS,
        PER_APPLICATION,
        0,
        Integer.MAX_VALUE,
        fit,
        conflict,
        new boolean[APPLICATIONS][REVIEWERS]);
  }

  /** A bit set of between min and max distinct values below bound. */
  private static int someOf(Random random, int bound, int min, int max) {
    int wanted = min + random.nextInt(max - min + 1);
    int set = 0;
    while (Integer.bitCount(set) < wanted) {
      set |= 1 << random.nextInt(bound);
    }
    return set;
  }
}
