package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.calendar.Interval;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panel's free interview times: its dated hours in the cohort's zone, less those booked. */
class InterviewSlotsTest {

  static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
  static final Instant FROM = Instant.parse("2027-02-08T00:00:00Z");
  static final Instant TO = Instant.parse("2027-02-15T00:00:00Z");

  static Cohort cohort() {
    Cohort c = new Cohort();
    c.id = 7L;
    c.timeZone = "Europe/Paris";
    c.interviewHours = "2027-02-10 10:00-12:00\n2027-02-11 14:00-15:00";
    c.interviewMinutes = 30;
    return c;
  }

  static Interview booked(long team, String start) {
    Interview i = new Interview();
    i.applicationId = team;
    i.cohortId = 7L;
    i.startsAt = OffsetDateTime.parse(start);
    i.endsAt = i.startsAt.plusMinutes(30);
    return i;
  }

  static List<Instant> starts(List<Interval> slots) {
    return slots.stream().map(Interval::start).toList();
  }

  @Test
  void thePanelsHours_becomeBackToBackSlotsInTheCohortsZone() {
    List<Interval> free = InterviewService.slots(cohort(), List.of(), NOW, FROM, TO);

    // Paris is an hour ahead of UTC in February.
    assertThat(starts(free))
        .containsExactly(
            Instant.parse("2027-02-10T09:00:00Z"),
            Instant.parse("2027-02-10T09:30:00Z"),
            Instant.parse("2027-02-10T10:00:00Z"),
            Instant.parse("2027-02-10T10:30:00Z"),
            Instant.parse("2027-02-11T13:00:00Z"),
            Instant.parse("2027-02-11T13:30:00Z"));
    assertThat(free).allSatisfy(s -> assertThat(s.length().toMinutes()).isEqualTo(30));
  }

  @Test
  void bookedInterviews_areNotOfferedAgain_andTheirNeighboursStayFree() {
    List<Interval> free =
        InterviewService.slots(
            cohort(),
            List.of(booked(1, "2027-02-10T09:30:00Z"), booked(2, "2027-02-11T13:00:00Z")),
            NOW,
            FROM,
            TO);

    assertThat(starts(free))
        .containsExactly(
            Instant.parse("2027-02-10T09:00:00Z"),
            Instant.parse("2027-02-10T10:00:00Z"),
            Instant.parse("2027-02-10T10:30:00Z"),
            Instant.parse("2027-02-11T13:30:00Z"));
  }

  @Test
  void timesWithinADay_areNotOffered() {
    Instant dayBefore = Instant.parse("2027-02-09T09:45:00Z");

    List<Interval> free = InterviewService.slots(cohort(), List.of(), dayBefore, FROM, TO);

    assertThat(starts(free)).first().isEqualTo(Instant.parse("2027-02-10T10:00:00Z"));
  }
}
