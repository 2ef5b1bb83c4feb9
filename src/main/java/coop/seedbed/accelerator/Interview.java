package coop.seedbed.accelerator;

import coop.seedbed.calendar.Interval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A shortlisted team's interview with the panel. One a team (its key), and one at a time for the
 * panel: the unique start per cohort settles two teams racing for a slot.
 */
@Entity
@Table(name = "interview")
class Interview {

  @Id
  @Column(name = "application_id")
  long applicationId;

  @Column(name = "cohort_id", nullable = false)
  long cohortId;

  @Column(name = "starts_at", nullable = false)
  OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  OffsetDateTime endsAt;

  @Column(nullable = false)
  int sequence;

  @Column(name = "booked_at", nullable = false)
  OffsetDateTime bookedAt;

  Interval interval() {
    return new Interval(startsAt.toInstant(), endsAt.toInstant());
  }

  /**
   * The same through moves; a booking made after a cancellation is a new event, since calendars
   * that applied the cancellation would ignore a request of the same uid with a lower sequence.
   */
  String uid() {
    return "interview-" + applicationId + "-" + bookedAt.toEpochSecond() + "@seedbed.localhost";
  }
}
