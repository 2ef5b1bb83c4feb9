package coop.seedbed.accelerator;

import java.time.Instant;
import java.util.List;

/**
 * A review as its reviewer sees it: the application (in a blind cohort with everything that names
 * the team taken out), the rubric, their own scores, and others' scores once theirs is in.
 */
public record ReviewView(
    long id,
    String reference,
    String cohort,
    String cohortName,
    String status,
    Instant dueAt,
    boolean late,
    boolean blind,
    int scale,
    Subject application,
    List<ProgrammeView.CriterionView> rubric,
    Scored mine,
    List<Scored> others) {

  /** The application as a reviewer reads it; names are null in a blind cohort. */
  public record Subject(
      String reference,
      String projectName,
      String website,
      List<String> team,
      String sector,
      List<String> topics,
      String country,
      String summary,
      List<AnswerText> answers,
      List<FileText> files) {}

  /** A question and its answer. */
  public record AnswerText(String question, String label, String kind, String answer) {}

  /**
   * A file answer: its text as read (null while being read or when it could not be), the original
   * only downloadable outside blind cohorts.
   */
  public record FileText(
      String question,
      String label,
      String fileName,
      String status,
      String text,
      boolean download) {}

  /** One review's scores; {@code reviewer} is "you" or a neutral label for others. */
  public record Scored(
      String reviewer,
      boolean submitted,
      Double weighted,
      String comment,
      List<ScoreView> scores) {}

  /** One criterion's score. */
  public record ScoreView(long criterion, int score, int confidence, String comment) {}
}
