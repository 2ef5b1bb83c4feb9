package coop.seedbed.accelerator;

import java.util.List;

/**
 * A cohort's ranking board: each application's weighted score as mean and median of its reviews,
 * their spread, the normalised score when asked for, and whether reviewers disagree enough to talk
 * it over. {@code revision} changes whenever a review, assignment or decision does; {@code rows}
 * are one page of {@code size}, best first, out of {@code total}.
 */
public record RankingView(
    String cohort,
    String cohortName,
    int capacity,
    int placesTaken,
    int scale,
    boolean normalised,
    long revision,
    int total,
    int page,
    int size,
    List<Row> rows) {

  /** The given page of this board (from 1), at most {@code size} rows. */
  RankingView page(int page, int size) {
    int from = Math.min(rows.size(), (page - 1) * size);
    int to = Math.min(rows.size(), from + size);
    return new RankingView(
        cohort,
        cohortName,
        capacity,
        placesTaken,
        scale,
        normalised,
        revision,
        rows.size(),
        page,
        size,
        rows.subList(from, to));
  }

  /** One application's place on the board. */
  public record Row(
      int rank,
      long id,
      String reference,
      String projectName,
      String status,
      String decision,
      boolean shortlisted,
      int assigned,
      int reviews,
      Double mean,
      Double median,
      Double spread,
      Double normalised,
      boolean disagreement) {}
}
