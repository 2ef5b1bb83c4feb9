package coop.seedbed.accelerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns submitted reviews into a ranking. A review's score is the weighted mean of its criteria on
 * the rubric's scale (1 to the number of levels). Per application: the mean and median of its
 * reviews' scores, their spread (population standard deviation) and, when asked, a normalised
 * score: each reviewer's scores become z-scores against that reviewer's own mean and spread over
 * the cohort, so that one harsh or lenient reviewer moves no team up or down, and the team's
 * z-scores are averaged. A reviewer with fewer than two reviews, or who gave every team the same,
 * tells nothing about order and contributes 0. High disagreement is a spread of at least a quarter
 * of the scale's range. Pure, for the service and its tests.
 */
final class Ranking {

  /** A criterion's id and weight. */
  record Criterion(long id, int weight) {}

  /** One submitted review: whose, of what, and its score per criterion id. */
  record Review(long applicationId, long reviewerKey, Map<Long, Integer> scores) {}

  /**
   * One application's standing; {@code normalised} is null when not asked for, and every figure is
   * null for an application without a submitted review.
   */
  record Row(
      long applicationId,
      int reviews,
      Double mean,
      Double median,
      Double spread,
      Double normalised,
      boolean disagreement) {}

  private Ranking() {}

  /** The weighted score of one review, on the scale of the rubric. */
  static double weighted(List<Criterion> rubric, Map<Long, Integer> scores) {
    double sum = 0;
    double weights = 0;
    for (Criterion c : rubric) {
      Integer score = scores.get(c.id());
      if (score != null) {
        sum += (double) c.weight() * score;
        weights += c.weight();
      }
    }
    return weights == 0 ? Double.NaN : sum / weights;
  }

  /**
   * Rows for every application in {@code applications}, best first: by normalised score when {@code
   * normalise}, else by mean; then by median; applications without reviews last.
   */
  static List<Row> rank(
      List<Long> applications,
      List<Criterion> rubric,
      int levels,
      List<Review> reviews,
      boolean normalise) {
    Map<Long, List<Double>> byApplication = new HashMap<>();
    Map<Long, List<double[]>> byReviewer = new HashMap<>();
    Map<Long, List<Long>> reviewerOf = new HashMap<>();
    for (Review r : reviews) {
      double score = weighted(rubric, r.scores());
      if (Double.isNaN(score)) {
        continue;
      }
      byApplication.computeIfAbsent(r.applicationId(), id -> new ArrayList<>()).add(score);
      byReviewer
          .computeIfAbsent(r.reviewerKey(), id -> new ArrayList<>())
          .add(new double[] {score});
      reviewerOf.computeIfAbsent(r.applicationId(), id -> new ArrayList<>()).add(r.reviewerKey());
    }
    Map<Long, double[]> reviewerStats = new HashMap<>();
    byReviewer.forEach(
        (reviewer, scores) -> {
          double[] values = scores.stream().mapToDouble(s -> s[0]).toArray();
          reviewerStats.put(reviewer, new double[] {mean(values), spread(values), values.length});
        });
    double threshold = (levels - 1) / 4.0;
    List<Row> rows = new ArrayList<>();
    for (long id : applications) {
      List<Double> scores = byApplication.getOrDefault(id, List.of());
      if (scores.isEmpty()) {
        rows.add(new Row(id, 0, null, null, null, null, false));
        continue;
      }
      double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
      double spread = spread(values);
      Double normalised = null;
      if (normalise) {
        double z = 0;
        List<Long> reviewers = reviewerOf.get(id);
        for (int i = 0; i < values.length; i++) {
          double[] stats = reviewerStats.get(reviewers.get(i));
          z += stats[2] < 2 || stats[1] == 0 ? 0 : (values[i] - stats[0]) / stats[1];
        }
        normalised = z / values.length;
      }
      rows.add(
          new Row(
              id,
              values.length,
              mean(values),
              median(values),
              spread,
              normalised,
              values.length > 1 && spread >= threshold - 1e-9));
    }
    Comparator<Double> high = Comparator.nullsLast(Comparator.reverseOrder());
    rows.sort(
        Comparator.comparing((Row r) -> normalise ? r.normalised() : r.mean(), high)
            .thenComparing(Row::median, high)
            .thenComparing(Row::applicationId));
    return rows;
  }

  static double mean(double[] values) {
    return Arrays.stream(values).sum() / values.length;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The population standard deviation: how far the reviews are from their own mean. */
  static double spread(double[] values) {
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length);
  }
}
