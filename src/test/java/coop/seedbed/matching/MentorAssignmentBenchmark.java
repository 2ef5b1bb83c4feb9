package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.matching.MentorAssignment.Problem;
import coop.seedbed.matching.MentorAssignment.Solution;
import coop.seedbed.testing.bench.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Cohort mentors, in process ({@code ./mvnw -Pbench verify -Dit.test=MentorAssignmentBenchmark}):
 * 50 teams × 50 mentors, 5 % of pairs in conflict, fits made as {@link MentorMatchService#fit}
 * makes them (4 for the sector, 1 per known topic up to 3, 2 for the same country). Times the
 * optimal assignment (min-cost flow) against first come first served, with room to spare (each
 * mentor takes 1 to 3 teams) and with tight capacity (one team each: exactly enough seats).
 */
class MentorAssignmentBenchmark {

  private static final int TEAMS = 50;
  private static final int MENTORS = 50;
  private static final double CONFLICTS = 0.05;
  private static final int SECTORS = 12;
  private static final int TOPICS = 25;
  private static final int COUNTRIES = 5;
  private static final int WARM_UPS = 5;
  private static final int RUNS = Integer.getInteger("it.mentors.runs", 21);

  @Test
  void optimalAgainstFirstComeFirstServed() throws Exception {
    Problem roomy = cohort(new Random(20_270_301), false);
    Problem tight = cohort(new Random(20_270_301), true);

    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Mentor assignment benchmark (in process), %d cores, max heap %d MiB: %d teams x %d"
                + " mentors, %.0f %% conflicts, fit 0..9 from sector, topics and country; medians"
                + " of %d runs after %d warm-ups",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1 << 20),
            TEAMS,
            MENTORS,
            CONFLICTS * 100,
            RUNS,
            WARM_UPS));
    report.add("");
    report.add(
        "| capacity | assignment | time | teams with a mentor | total fit | mean fit | worst pair"
            + " fit |");
    report.add("|---|---|---|---|---|---|---|");
    for (Problem problem : List.of(roomy, tight)) {
      String capacity =
          String.format(
              Locale.ROOT,
              "%s (%d seats)",
              problem == roomy ? "1 to 3 each" : "1 each",
              Arrays.stream(problem.capacity()).sum());
      Timed optimal = time(MentorAssignment::optimal, problem);
      Timed firstCome = time(MentorAssignment::firstComeFirstServed, problem);
      report.add(row(capacity, "optimal (min-cost flow)", optimal));
      report.add(row(capacity, "first come first served", firstCome));

      MentorAssignmentTest.assertMeetsEveryRule(problem, optimal.solution);
      MentorAssignmentTest.assertMeetsEveryRule(problem, firstCome.solution);
      assertThat(optimal.solution.unassignedTeams())
          .isLessThanOrEqualTo(firstCome.solution.unassignedTeams());
      assertThat(optimal.solution.totalFit()).isGreaterThanOrEqualTo(firstCome.solution.totalFit());
    }
    Report.write("mentors", report);
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

  private static String row(String capacity, String name, Timed timed) {
    Solution s = timed.solution;
    int assigned = TEAMS - s.unassignedTeams();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.2f ms | %d | %d | %.2f | %d |",
        capacity,
        name,
        timed.median(),
        assigned,
        s.totalFit(),
        assigned == 0 ? 0.0 : (double) s.totalFit() / assigned,
        s.worstFit());
  }

  /**
   * Teams with a sector, one to three topics and a country; mentors with one to three sectors, two
   * to six topics they know and a country; the same seed gives the same people in both cases.
   */
  static Problem cohort(Random random, boolean tight) {
    int[] sectorOf = new int[TEAMS];
    int[] topicsOf = new int[TEAMS];
    int[] countryOf = new int[TEAMS];
    for (int t = 0; t < TEAMS; t++) {
      sectorOf[t] = random.nextInt(SECTORS);
      topicsOf[t] = someOf(random, TOPICS, 1, 3);
      countryOf[t] = random.nextInt(COUNTRIES);
    }
    int[] sectorsKnown = new int[MENTORS];
    int[] topicsKnown = new int[MENTORS];
    int[] mentorCountry = new int[MENTORS];
    int[] capacity = new int[MENTORS];
    for (int m = 0; m < MENTORS; m++) {
      sectorsKnown[m] = someOf(random, SECTORS, 1, 3);
      topicsKnown[m] = someOf(random, TOPICS, 2, 6);
      mentorCountry[m] = random.nextInt(COUNTRIES);
      capacity[m] = 1 + random.nextInt(3);
    }
    if (tight) {
      Arrays.fill(capacity, 1);
    }
    int[][] fit = new int[TEAMS][MENTORS];
    boolean[][] conflict = new boolean[TEAMS][MENTORS];
    for (int t = 0; t < TEAMS; t++) {
      for (int m = 0; m < MENTORS; m++) {
        boolean sector = (sectorsKnown[m] & 1 << sectorOf[t]) != 0;
        int topics = Math.min(3, Integer.bitCount(topicsOf[t] & topicsKnown[m]));
        fit[t][m] = (sector ? 4 : 0) + topics + (countryOf[t] == mentorCountry[m] ? 2 : 0);
        conflict[t][m] = random.nextDouble() < CONFLICTS;
      }
    }
    return new Problem(TEAMS, MENTORS, capacity, fit, conflict, null);
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
