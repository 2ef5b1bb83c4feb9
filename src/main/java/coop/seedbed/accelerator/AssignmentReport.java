package coop.seedbed.accelerator;

import java.util.List;

/**
 * What a run of the assignment did: how many reviews it added, kept and took away, the total and
 * the worst fit of the whole assignment, the same figures for the greedy assignment a spreadsheet
 * would give, and each reviewer's load.
 */
public record AssignmentReport(
    int applications,
    int reviewers,
    int perApplication,
    int added,
    int kept,
    int removed,
    long totalFit,
    int worstFit,
    long greedyTotalFit,
    int greedyWorstFit,
    int greedyUnfilled,
    List<Load> loads) {

  /** One reviewer's number of applications after the run. */
  public record Load(String email, int load) {}
}
