package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Suggestions measured on a made-up population of 10,000 profiles with 500 planted pairs: how often
 * a planted partner is among the top five, that no suggestion ever breaks a hard limit, that the
 * reasons shown are exactly the score's parts, and how evenly people are suggested (the share never
 * suggested to anyone, and the Gini coefficient of how often each is), printed.
 */
class SuggestionQualityTest {

  static final LocalDate WEEK = LocalDate.of(2027, 3, 1);
  static SyntheticPeople population;
  static SyntheticPeople.Index index;

  @BeforeAll
  static void build() {
    population = new SyntheticPeople(10_000, 500, 42);
    index = new SyntheticPeople.Index(population.people);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static List<SuggestionEngine.Scored> suggest(Facts you, int limit) {
    return SuggestionEngine.rank(
        you,
        SuggestionEngine.List_.PEOPLE,
        index::search,
        Set.of(),
        Set.of(),
        accounts -> Map.of(),
        WEEK,
        limit);
  }

  @Test
  void aPlantedPartner_isInTheTopFive_forAtLeastEightyPercent() {
    int found = 0;
    int asked = 0;
    for (int[] pair : population.planted) {
      for (int side = 0; side < 2; side++) {
        Facts you = population.people.get(pair[side]);
        long partner = population.people.get(pair[1 - side]).id();
        asked++;
        if (SyntheticPeople.ids(suggest(you, 5)).contains(partner)) {
          found++;
        }
      }
    }
    double share = (double) found / asked;
    System.out.printf(
        "Planted partner in the top 5: %d of %d (%.1f %%)%n", found, asked, 100 * share);
    assertThat(share).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void noSuggestionBreaksAHardLimit_andEveryScoreIsTheSumOfItsReasons() {
    for (int i = 0; i < population.people.size(); i += 10) {
      Facts you = population.people.get(i);
      for (SuggestionEngine.Scored s : suggest(you, 10)) {
        assertThat(Scoring.hardLimit(you, s.facts(), WEEK))
            .as("%s -> %s", you.id(), s.facts().id())
            .isEmpty();
        assertThat(s.facts().languages()).containsAnyElementsOf(you.languages());
        assertThat(s.result().parts().stream().mapToInt(Scoring.Part::points).sum())
            .isEqualTo(s.result().score());
        assertThat(s.result().parts()).allSatisfy(p -> assertThat(p.text()).isNotBlank());
      }
    }
  }

  @Test
  void exposure_isSpreadAndMeasured() {
    // Ten thousand searches of a read-only index: on every core at once.
    Map<Long, Integer> shown = new ConcurrentHashMap<>();
    population.people.parallelStream()
        .forEach(
            you -> suggest(you, 10).forEach(s -> shown.merge(s.facts().id(), 1, Integer::sum)));
    int[] counts =
        population.people.stream().mapToInt(f -> shown.getOrDefault(f.id(), 0)).toArray();
    long never = Arrays.stream(counts).filter(c -> c == 0).count();
    double gini = gini(counts);
    System.out.printf(
        "Exposure over %,d people, 10 suggestions each: never suggested %.1f %%, Gini %.3f, most suggested %d times%n",
        counts.length, 100.0 * never / counts.length, gini, Arrays.stream(counts).max().orElse(0));
    assertThat(gini).isBetween(0.0, 1.0);
    assertThat((double) never / counts.length).as("share never suggested").isLessThan(0.5);
  }

  @Test
  void aMuchAskedPerson_ranksLower_forAWhile() {
    int[] pair = population.planted.get(0);
    Facts you = population.people.get(pair[0]);
    Facts partner = population.people.get(pair[1]);
    Scoring.Result quiet = Scoring.score(you, partner, Scoring.Attention.NONE, WEEK);
    Scoring.Result busy = Scoring.score(you, partner, new Scoring.Attention(6, 0), WEEK);
    assertThat(busy.score()).isEqualTo(quiet.score() - 3);
    assertThat(busy.parts()).extracting(Scoring.Part::code).contains("asked-often");
  }

  /** The Gini coefficient of the counts: 0 when all are shown alike, near 1 when one takes all. */
  static double gini(int[] counts) {
    int[] sorted = counts.clone();
    Arrays.sort(sorted);
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < sorted.length; i++) {
      total += sorted[i];
      weighted += (i + 1) * (double) sorted[i];
    }
    if (total == 0) {
      return 0;
    }
    int n = sorted.length;
    return (2 * weighted) / (n * total) - (n + 1.0) / n;
  }
}
