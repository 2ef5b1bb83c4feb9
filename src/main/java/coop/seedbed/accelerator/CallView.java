package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A cohort's call for applications as anyone may read it. The window is given both as the local
 * times in its zone that staff set and as instants; {@code status} is upcoming, open, closed,
 * running or finished.
 */
public record CallView(
    String slug,
    String name,
    String programme,
    String programmeName,
    String audience,
    String offer,
    String criteria,
    String faq,
    LocalDate startsOn,
    LocalDate endsOn,
    int capacity,
    String timeZone,
    LocalDateTime opensLocal,
    LocalDateTime closesLocal,
    Instant opensAt,
    Instant closesAt,
    String status,
    int reviewsPerApplication,
    boolean blind,
    boolean interviews,
    List<QuestionView> questions,
    List<ProgrammeView.CriterionView> rubric) {

  static CallView from(
      Cohort c,
      Programme p,
      List<Question> questions,
      List<RubricCriterion> rubric,
      Instant now,
      LocalDate today) {
    return new CallView(
        c.slug,
        c.name,
        p.slug,
        p.name,
        p.audience,
        p.offer,
        p.criteria,
        c.faq,
        c.startsOn,
        c.endsOn,
        c.capacity,
        c.timeZone,
        c.opensLocal,
        c.closesLocal,
        c.opensAt.toInstant(),
        c.closesAt.toInstant(),
        status(c, now, today),
        c.reviewsPerApplication,
        c.blind,
        c.interviewHours != null,
        questions.stream().map(QuestionView::from).toList(),
        rubric.stream().map(ProgrammeView.CriterionView::from).toList());
  }

  static String status(Cohort c, Instant now, LocalDate today) {
    if (now.isBefore(c.opensAt.toInstant())) {
      return "upcoming";
    }
    if (c.isOpen(now)) {
      return "open";
    }
    if (today.isBefore(c.startsOn)) {
      return "closed";
    }
    return today.isAfter(c.endsOn) ? "finished" : "running";
  }
}
