package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.matching.CircleGrouping.Proposal;
import coop.seedbed.matching.CircleGrouping.Seeker;
import coop.seedbed.testing.bench.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Founding circles for a large pool, in process ({@code ./mvnw -Pbench verify
 * -Dit.test=CirclesBenchmark}): 1,000 made-up people from {@link SyntheticPeople} (seed 42), all
 * seeking a circle, their hours taken for one week in UTC as the service takes them. Times the
 * proposal (the local search, as the pool is far above exact grouping) against first come first
 * served, and shows what it buys: the worst circle, the total, and how many are placed.
 */
class CirclesBenchmark {

  private static final int PEOPLE = 1_000;
  private static final long SEED = 42;
  private static final LocalDate WEEK = LocalDate.of(2027, 3, 1);
  private static final int WARM_UPS = 1;
  private static final int RUNS = Integer.getInteger("it.circles.runs", 5);

  @Test
  void proposalAgainstFirstComeFirstServed() throws Exception {
    List<Seeker> seekers = seekers(new SyntheticPeople(PEOPLE, 0, SEED).people);

    Timed proposed = time(CircleGrouping::propose, seekers);
    Timed firstCome = time(CircleGrouping::firstComeFirstServed, seekers);

    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Founding circles benchmark (in process), %d cores, max heap %d MiB: %,d synthetic"
                + " people (seed %d) seeking a circle of 3 to 6; medians of %d runs after %d"
                + " warm-up",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1 << 20),
            PEOPLE,
            SEED,
            RUNS,
            WARM_UPS));
    report.add("");
    report.add(
        "| grouping | time | circles (by size) | placed | left out | worst circle fit | mean fit"
            + " | total fit |");
    report.add("|---|---|---|---|---|---|---|---|");
    report.add(row("proposal (worst circle first, local search)", proposed));
    report.add(row("first come first served (circles of 4)", firstCome));
    report.add("");
    report.add(
        String.format(
            Locale.ROOT,
            "The proposal takes %.0fx the first-come time; fastest and slowest proposal runs %.0f"
                + " ms and %.0f ms. Fit runs from -2 to 35.",
            proposed.median() / firstCome.median(),
            proposed.millis[0],
            proposed.millis[proposed.millis.length - 1]));
    Report.write("circles", report);

    CircleGroupingTest.assertIsAValidGrouping(seekers, proposed.proposal);
    CircleGroupingTest.assertIsAValidGrouping(seekers, firstCome.proposal);
    assertThat(proposed.proposal.placed()).isGreaterThanOrEqualTo(firstCome.proposal.placed());
    assertThat(proposed.proposal.worstFit()).isGreaterThan(firstCome.proposal.worstFit());
  }

  /** The seekers as {@link CircleService#propose} builds them from profiles. */
  static List<Seeker> seekers(List<Facts> people) {
    return people.stream()
        .map(
            f ->
                new Seeker(
                    f.areas(),
                    f.sectors(),
                    f.languages(),
                    f.weeklyHours(WEEK),
                    f.overlapMatters(),
                    f.hoursPerWeek()))
        .toList();
  }

  private record Timed(Proposal proposal, double[] millis) {
    double median() {
      return millis[millis.length / 2];
    }
  }

  private static Timed time(Function<List<Seeker>, Proposal> group, List<Seeker> seekers) {
    for (int i = 0; i < WARM_UPS; i++) {
      group.apply(seekers);
    }
    double[] millis = new double[RUNS];
    Proposal proposal = null;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      proposal = group.apply(seekers);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timed(proposal, millis);
  }

  private static String row(String name, Timed timed) {
    Proposal p = timed.proposal;
    Map<Integer, Integer> sizes = new TreeMap<>();
    p.circles().forEach(c -> sizes.merge(c.length, 1, Integer::sum));
    StringBuilder bySize = new StringBuilder();
    sizes.forEach(
        (size, count) ->
            bySize.append(bySize.isEmpty() ? "" : ", ").append(count).append(" of ").append(size));
    return String.format(
        Locale.ROOT,
        "| %s | %.0f ms | %d (%s) | %,d | %d | %d | %.2f | %,d |",
        name,
        timed.median(),
        p.circles().size(),
        bySize,
        p.placed(),
        p.unplaced().size(),
        p.worstFit(),
        p.circles().isEmpty() ? 0.0 : (double) p.totalFit() / p.circles().size(),
        p.totalFit());
  }
}
