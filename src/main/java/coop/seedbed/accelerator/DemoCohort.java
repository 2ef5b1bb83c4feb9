package coop.seedbed.accelerator;

import coop.seedbed.shared.LoadDemoContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A made-up programme with one cohort open for applications, named as a demo, so that the
 * accelerator of a fresh start has a call to read and apply to. Made through the same service as
 * staff use; once there it is left as it is, except that a window that has closed is moved on, so
 * that a demo started again months later is still open.
 */
@ApplicationScoped
class DemoCohort {

  static final String PROGRAMME = "demo-founders";
  static final String COHORT = "demo-founders-cohort";
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  @Inject ProgrammeService programmes;
  @Inject Cohorts cohorts;
  @Inject Clock clock;

  void load(@Observes LoadDemoContent request) {
    int programmesAdded = 0;
    int cohortsAdded = 0;
    if (cohorts.findProgramme(PROGRAMME).isEmpty()) {
      programmes.addProgramme(programme());
      programmesAdded++;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    var cohort = cohorts.find(COHORT);
    if (cohort.isEmpty()) {
      programmes.addCohort(cohort(today));
      cohortsAdded++;
    } else if (!cohort.get().closesAt.isAfter(OffsetDateTime.now(clock))) {
      programmes.moveWindow(COHORT, new WindowRequest(null, closes(today), null));
    }
    request.added(programmesAdded, "demo programmes");
    request.added(cohortsAdded, "demo cohorts");
  }

  private static String closes(LocalDate today) {
    return today.plusDays(60) + "T23:59";
  }

  static ProgrammeRequest programme() {
    List<String> fiveLevels = List.of("Not yet", "A start", "Clear", "Strong", "Exceptional");
    return new ProgrammeRequest(
        PROGRAMME,
        "Founders' programme (demo)",
        "Demo programme, made up so that you can try applying. For groups of two to six people"
            + " who want to start a worker or platform co-operative together.",
        "Twelve weeks of fortnightly sessions, a mentor's hour each fortnight, and a members'"
            + " agreement drafted by the end.",
        "Teams are scored by two reviewers on the rubric below; the highest total after the"
            + " reviewers' leniency is corrected is offered a place first.",
        5,
        List.of(
            new ProgrammeRequest.CriterionRequest(
                "The team",
                "Do the people applying mean to own and run this together?",
                3,
                fiveLevels),
            new ProgrammeRequest.CriterionRequest(
                "The need", "Is there work people will pay for?", 2, fiveLevels),
            new ProgrammeRequest.CriterionRequest(
                "Co-operative from the start",
                "Are ownership and decisions shared from the first day?",
                2,
                fiveLevels)),
        List.of("Members' agreement drafted", "First paying customer"),
        null);
  }

  static CohortRequest cohort(LocalDate today) {
    LocalDate starts = today.plusDays(90);
    return new CohortRequest(
        PROGRAMME,
        COHORT,
        "Founders' cohort (demo)",
        starts.toString(),
        starts.plusWeeks(12).toString(),
        8,
        ZONE.getId(),
        today.minusDays(1) + "T09:00",
        closes(today),
        2,
        null,
        null,
        14,
        7,
        false,
        "Demo cohort: applications go nowhere but this Seedbed's own database.",
        List.of(
            new QuestionRequest(
                "short-text",
                "What is your co-op called?",
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            new QuestionRequest(
                "long-text",
                "What will you do, and for whom?",
                "A few sentences are enough.",
                true,
                null,
                200,
                null,
                null,
                null,
                null,
                null),
            new QuestionRequest(
                "single-choice",
                "What kind of co-op?",
                null,
                true,
                List.of("Worker co-op", "Platform co-op", "Not sure yet"),
                null,
                null,
                null,
                null,
                null,
                null)),
        null,
        null,
        null);
  }
}
