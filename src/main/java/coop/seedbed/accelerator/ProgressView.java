package coop.seedbed.accelerator;

import java.util.List;

/** How review is going: assigned, done and late, per reviewer and per application. */
public record ProgressView(
    List<ReviewerProgress> reviewers, List<ApplicationProgress> applications) {

  /** One reviewer's reviews. */
  public record ReviewerProgress(String email, String name, int assigned, int done, int late) {}

  /** One application's reviews. */
  public record ApplicationProgress(
      long id, String reference, String projectName, int assigned, int done, int late) {}
}
