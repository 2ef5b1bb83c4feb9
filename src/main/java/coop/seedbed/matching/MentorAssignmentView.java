package coop.seedbed.matching;

import java.util.List;

/**
 * A cohort's mentor assignment as staff review it before confirming: each team's mentor with the
 * pair's fit and reasons, the total and the worst pair's fit, teams left without one, and the same
 * figures for first come first served.
 */
public record MentorAssignmentView(
    String cohort,
    List<Pair> pairs,
    long totalFit,
    int worstFit,
    int unassigned,
    long firstComeTotalFit,
    int firstComeUnassigned,
    boolean confirmed) {

  /** One team and its mentor (null when none could be given). */
  public record Pair(
      long application,
      String project,
      String mentorEmail,
      String mentorName,
      int fit,
      List<String> reasons,
      boolean fixed) {}
}
