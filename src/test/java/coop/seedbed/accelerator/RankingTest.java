package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.seedbed.accelerator.Ranking.Criterion;
import coop.seedbed.accelerator.Ranking.Review;
import coop.seedbed.accelerator.Ranking.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final double EPS = 1e-9;

  /** One criterion of weight 1, so a review's score is the number the reviewer gave. */
  private static final List<Criterion> ONE = List.of(new Criterion(1, 1));

  private static Review review(long application, long reviewer, int score) {
    return new Review(application, reviewer, Map.of(1L, score));
  }

  private static List<Long> order(List<Row> rows) {
    return rows.stream().map(Row::applicationId).toList();
  }

  private static Row row(List<Row> rows, long application) {
    return rows.stream().filter(r -> r.applicationId() == application).findFirst().orElseThrow();
  }

  @Nested
  class Weighted {

    private final List<Criterion> rubric = List.of(new Criterion(10, 3), new Criterion(11, 1));

    @Test
    void weighted_isTheMeanByCriterionWeight() {
      // (3 * 5 + 1 * 1) / (3 + 1) = 16 / 4 = 4, not the plain mean 3.
      assertThat(Ranking.weighted(rubric, Map.of(10L, 5, 11L, 1))).isEqualTo(4.0);
    }

    @Test
    void weighted_countsOnlyTheCriteriaScored() {
      // Only criterion 10: 3 * 2 / 3 = 2.
      assertThat(Ranking.weighted(rubric, Map.of(10L, 2))).isEqualTo(2.0);
    }

    @Test
    void weighted_ofNoScoresIsNoScore() {
      assertThat(Ranking.weighted(rubric, Map.of())).isNaN();
    }

    @Test
    void rank_leavesOutAReviewWithoutScores() {
      List<Row> rows =
          Ranking.rank(
              List.of(1L),
              rubric,
              5,
              List.of(new Review(1, 7, Map.of(10L, 4, 11L, 4)), new Review(1, 8, Map.of())),
              false);

      assertThat(rows.get(0).reviews()).isEqualTo(1);
      assertThat(rows.get(0).mean()).isEqualTo(4.0);
    }
  }

  @Nested
  class Figures {

    private final double[] scores = {2, 4, 4, 4, 5, 5, 7, 9};

    @Test
    void mean_isTheSumOverTheCount() {
      // 40 / 8 = 5.
      assertThat(Ranking.mean(scores)).isEqualTo(5.0);
    }

    @Test
    void spread_isThePopulationStandardDeviation() {
      // Squared distances from 5: 9 1 1 1 0 0 4 16 = 32; 32 / 8 = 4; sqrt 4 = 2.
      assertThat(Ranking.spread(scores)).isEqualTo(2.0);
    }

    @Test
    void median_ofAnEvenCountIsTheMeanOfTheMiddleTwo() {
      // Sorted, the 4th and 5th are 4 and 5.
      assertThat(Ranking.median(scores)).isEqualTo(4.5);
    }

    @Test
    void median_ofAnOddCountIsTheMiddleOne() {
      assertThat(Ranking.median(new double[] {5, 1, 3})).isEqualTo(3.0);
    }

    @Test
    void rank_reportsMeanMedianAndSpreadOfAnApplicationsReviews() {
      // Reviews 1, 4, 4: mean 3, median 4; squared distances 4 1 1 = 6, 6 / 3 = 2, sd sqrt 2.
      List<Row> rows =
          Ranking.rank(
              List.of(1L),
              ONE,
              5,
              List.of(review(1, 7, 1), review(1, 8, 4), review(1, 9, 4)),
              false);

      Row row = rows.get(0);
      assertThat(row.reviews()).isEqualTo(3);
      assertThat(row.mean()).isEqualTo(3.0);
      assertThat(row.median()).isEqualTo(4.0);
      assertThat(row.spread()).isCloseTo(Math.sqrt(2), within(EPS));
      assertThat(row.normalised()).isNull();
    }
  }

  @Nested
  class Normalisation {

    /**
     * Four teams. N reads them all and judges 2 > 1 > 4 > 3 (scores 5, 4, 3, 2). The harsh reviewer
     * H reads teams 1 and 3 (2 and 1); the lenient L reads teams 2 and 4 (5 and 4). Raw means: team
     * 1 (4 + 2) / 2 = 3, team 2 (5 + 5) / 2 = 5, team 3 (2 + 1) / 2 = 1.5, team 4 (3 + 4) / 2 =
     * 3.5, so team 1 falls below team 4 only because H read it.
     */
    private static final long N = 100;

    private static final long H = 200;
    private static final long L = 300;

    private final List<Review> reviews =
        List.of(
            review(1, N, 4),
            review(2, N, 5),
            review(3, N, 2),
            review(4, N, 3),
            review(1, H, 2),
            review(3, H, 1),
            review(2, L, 5),
            review(4, L, 4));

    @Test
    void rank_byRawMean_putsTheTeamTheHarshReviewerReadBelowAWeakerOne() {
      List<Row> rows = Ranking.rank(List.of(1L, 2L, 3L, 4L), ONE, 5, reviews, false);

      assertThat(order(rows)).containsExactly(2L, 4L, 1L, 3L);
      assertThat(row(rows, 1).mean()).isEqualTo(3.0);
      assertThat(row(rows, 4).mean()).isEqualTo(3.5);
    }

    @Test
    void rank_normalised_followsTheOtherReviewersJudgement() {
      List<Row> rows = Ranking.rank(List.of(1L, 2L, 3L, 4L), ONE, 5, reviews, true);

      assertThat(order(rows)).containsExactly(2L, 1L, 4L, 3L);
    }

    @Test
    void rank_normalised_averagesEachReviewersZScores() {
      // N: mean 3.5; squared distances 2.25 0.25 0.25 2.25 = 5, / 4 = 1.25, sd sqrt(5) / 2.
      //   z: team 2 = 1.5 / (sqrt 5 / 2) = 3 / sqrt 5, team 1 = 1 / sqrt 5, team 4 = -1 / sqrt 5,
      //   team 3 = -3 / sqrt 5.
      // H: scores 2, 1, mean 1.5, sd 0.5: team 1 = +1, team 3 = -1.
      // L: scores 5, 4, mean 4.5, sd 0.5: team 2 = +1, team 4 = -1.
      double root5 = Math.sqrt(5);
      List<Row> rows = Ranking.rank(List.of(1L, 2L, 3L, 4L), ONE, 5, reviews, true);

      assertThat(row(rows, 2).normalised()).isCloseTo((3 / root5 + 1) / 2, within(EPS)); // 1.171
      assertThat(row(rows, 1).normalised()).isCloseTo((1 / root5 + 1) / 2, within(EPS)); // 0.724
      assertThat(row(rows, 4).normalised()).isCloseTo((-1 / root5 - 1) / 2, within(EPS));
      assertThat(row(rows, 3).normalised()).isCloseTo((-3 / root5 - 1) / 2, within(EPS));
      // The raw figures are still shown beside the normalised one.
      assertThat(row(rows, 1).mean()).isEqualTo(3.0);
    }

    @Test
    void aReviewerWithOneReview_contributesZero() {
      // N: 4 and 2, mean 3, sd 1: z +1 and -1. S read only team 1, so tells nothing about order.
      List<Row> rows =
          Ranking.rank(
              List.of(1L, 2L),
              ONE,
              5,
              List.of(review(1, N, 4), review(2, N, 2), review(1, 9, 1)),
              true);

      assertThat(row(rows, 1).normalised()).isCloseTo((1 + 0) / 2.0, within(EPS));
      assertThat(row(rows, 2).normalised()).isCloseTo(-1.0, within(EPS));
    }

    @Test
    void aReviewerWhoGaveEveryoneTheSame_contributesZero() {
      // N as above; S gave both teams 3 (sd 0), so no division by zero, just 0.
      List<Row> rows =
          Ranking.rank(
              List.of(1L, 2L),
              ONE,
              5,
              List.of(review(1, N, 4), review(2, N, 2), review(1, 9, 3), review(2, 9, 3)),
              true);

      assertThat(row(rows, 1).normalised()).isCloseTo(0.5, within(EPS));
      assertThat(row(rows, 2).normalised()).isCloseTo(-0.5, within(EPS));
    }
  }

  @Nested
  class Disagreement {

    @Test
    void isFlaggedAtASpreadOfAQuarterOfTheScale() {
      // Levels 1 to 5: range 4, a quarter is 1. Scores 2 and 4: mean 3, sd 1.
      Row row =
          Ranking.rank(List.of(1L), ONE, 5, List.of(review(1, 7, 2), review(1, 8, 4)), false)
              .get(0);

      assertThat(row.spread()).isEqualTo(1.0);
      assertThat(row.disagreement()).isTrue();
    }

    @Test
    void isNotFlaggedJustBelowAQuarterOfTheScale() {
      // Weights 4 and 1: (4 * 4 + 1 * 3) / 5 = 3.8 against 2; sd = 1.8 / 2 = 0.9 < 1.
      List<Criterion> rubric = List.of(new Criterion(1, 4), new Criterion(2, 1));
      Row row =
          Ranking.rank(
                  List.of(1L),
                  rubric,
                  5,
                  List.of(
                      new Review(1, 7, Map.of(1L, 2, 2L, 2)),
                      new Review(1, 8, Map.of(1L, 4, 2L, 3))),
                  false)
              .get(0);

      assertThat(row.spread()).isCloseTo(0.9, within(EPS));
      assertThat(row.disagreement()).isFalse();
    }

    @Test
    void dependsOnTheScale() {
      // Levels 1 to 7: a quarter of 6 is 1.5, so the same 2 and 4 (sd 1) is no longer flagged.
      Row row =
          Ranking.rank(List.of(1L), ONE, 7, List.of(review(1, 7, 2), review(1, 8, 4)), false)
              .get(0);

      assertThat(row.disagreement()).isFalse();
    }

    @Test
    void isNeverFlaggedForASingleReview() {
      Row row = Ranking.rank(List.of(1L), ONE, 5, List.of(review(1, 7, 1)), false).get(0);

      assertThat(row.disagreement()).isFalse();
    }
  }

  @Nested
  class Order {

    @Test
    void applicationsWithoutReviews_comeLastWithNoFigures() {
      List<Row> rows =
          Ranking.rank(
              List.of(1L, 2L, 3L), ONE, 5, List.of(review(1, 7, 1), review(3, 7, 2)), true);

      assertThat(order(rows)).containsExactly(3L, 1L, 2L);
      assertThat(rows.get(2)).isEqualTo(new Row(2, 0, null, null, null, null, false));
    }

    @Test
    void equalMeans_areBrokenByTheHigherMedian() {
      // Team 1: 2, 2, 5 (mean 3, median 2); team 2: 1, 4, 4 (mean 3, median 4).
      List<Row> rows =
          Ranking.rank(
              List.of(1L, 2L),
              ONE,
              5,
              List.of(
                  review(1, 7, 2),
                  review(1, 8, 2),
                  review(1, 9, 5),
                  review(2, 7, 1),
                  review(2, 8, 4),
                  review(2, 9, 4)),
              false);

      assertThat(order(rows)).containsExactly(2L, 1L);
    }

    @Test
    void equalMeansAndMedians_areBrokenByTheLowerId() {
      List<Row> rows =
          Ranking.rank(List.of(5L, 3L), ONE, 5, List.of(review(5, 7, 4), review(3, 8, 4)), false);

      assertThat(order(rows)).containsExactly(3L, 5L);
    }
  }
}
