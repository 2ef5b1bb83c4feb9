package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cohort as staff manage it: the call, and how it is set up to review and decide. */
public record CohortAdminView(
    CallSummary call,
    int placesTaken,
    int reviewsPerApplication,
    int minLoad,
    int maxLoad,
    int reviewDays,
    int respondDays,
    boolean blind,
    String faq,
    String acceptMail,
    String waitlistMail,
    String declineMail,
    String interviewHours,
    Integer interviewMinutes,
    String interviewCallUrl,
    List<QuestionView> questions) {

  static CohortAdminView from(
      Cohort c,
      Programme p,
      int placesTaken,
      List<Question> questions,
      Instant now,
      LocalDate today) {
    return new CohortAdminView(
        CallSummary.from(c, p, now, today),
        placesTaken,
        c.reviewsPerApplication,
        c.minLoad,
        c.maxLoad,
        c.reviewDays,
        c.respondDays,
        c.blind,
        c.faq,
        c.acceptMail,
        c.waitlistMail,
        c.declineMail,
        c.interviewHours,
        c.interviewMinutes,
        c.interviewCallUrl,
        questions.stream().map(QuestionView::from).toList());
  }
}
