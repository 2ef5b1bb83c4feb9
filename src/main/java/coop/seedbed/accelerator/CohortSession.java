package coop.seedbed.accelerator;

import coop.seedbed.calendar.Interval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A session of a running cohort: a workshop, office hours, demo day. Its calendar UID never changes
 * and its sequence rises with every change, so participants' calendars update the event they hold.
 */
@Entity
@Table(name = "cohort_session")
class CohortSession {

  static final int TITLE_LENGTH = 200;
  static final int DESCRIPTION_LENGTH = 4000;

  enum Kind {
    WORKSHOP,
    OFFICE_HOURS,
    DEMO_DAY,
    OTHER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_session_seq")
  @SequenceGenerator(
      name = "cohort_session_seq",
      sequenceName = "cohort_session_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "cohort_id", nullable = false)
  long cohortId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  Kind kind;

  @Column(nullable = false, length = TITLE_LENGTH)
  String title;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  String description;

  @Column(name = "starts_at", nullable = false)
  OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  OffsetDateTime endsAt;

  @Column(name = "call_url", length = 500)
  String callUrl;

  @Column(length = 300)
  String place;

  @Column(nullable = false)
  int sequence;

  @Column(nullable = false)
  boolean cancelled;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Version int version;

  Interval interval() {
    return new Interval(startsAt.toInstant(), endsAt.toInstant());
  }

  String uid() {
    return "session-" + id + "@seedbed.localhost";
  }
}
