package coop.seedbed.accelerator;

import java.util.List;

/**
 * A cohort's ranking board: each application's weighted score as mean and median of its reviews,
 * their spread, the normalised score when asked for, and whether reviewers disagree enough to talk
 * it over. {@code revision} changes whenever a review, assignment or decision does.
 */
public record RankingView(
    String cohort,
    String cohortName,
    int capacity,
    int placesTaken,
    int scale,
    boolean normalised,
    long revision,
    List<Row> rows) {

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
