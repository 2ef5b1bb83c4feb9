package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One intake of a programme. Its application window is kept as staff set it, two local times in a
 * named zone, and as the instants they mean ({@link Deadlines}); its places are counted in {@code
 * placesTaken}, which only {@link Cohorts#takePlace} raises.
 */
@Entity
@Table(name = "cohort")
class Cohort {

  static final int NAME_LENGTH = 140;
  static final int FAQ_LENGTH = 8000;
  static final int MAIL_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
  @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
  Long id;

  @Column(name = "programme_id", nullable = false)
  long programmeId;

  @Column(nullable = false, length = 80)
  String slug;

  @Column(nullable = false, length = NAME_LENGTH)
  String name;

  @Column(name = "starts_on", nullable = false)
  LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  LocalDate endsOn;

  @Column(nullable = false)
  int capacity;

  // Read only: raised and lowered by conditional updates in Cohorts, never through this field.
  @Column(name = "places_taken", nullable = false, insertable = false, updatable = false)
  int placesTaken;

  @Column(name = "time_zone", nullable = false, length = 60)
  String timeZone;

  @Column(name = "opens_local", nullable = false)
  LocalDateTime opensLocal;

  @Column(name = "closes_local", nullable = false)
  LocalDateTime closesLocal;

  @Column(name = "opens_at", nullable = false)
  OffsetDateTime opensAt;

  @Column(name = "closes_at", nullable = false)
  OffsetDateTime closesAt;

  @Column(name = "reviews_per_application", nullable = false)
  int reviewsPerApplication;

  @Column(name = "min_load", nullable = false)
  int minLoad;

  @Column(name = "max_load", nullable = false)
  int maxLoad;

  @Column(name = "review_days", nullable = false)
  int reviewDays;

  @Column(name = "respond_days", nullable = false)
  int respondDays;

  @Column(nullable = false)
  boolean blind;

  @Column(nullable = false, length = FAQ_LENGTH)
  String faq;

  @Column(name = "accept_mail", length = MAIL_LENGTH)
  String acceptMail;

  @Column(name = "waitlist_mail", length = MAIL_LENGTH)
  String waitlistMail;

  @Column(name = "decline_mail", length = MAIL_LENGTH)
  String declineMail;

  @Column(name = "interview_hours", length = 2000)
  String interviewHours;

  @Column(name = "interview_minutes")
  Integer interviewMinutes;

  @Column(name = "interview_call_url", length = 500)
  String interviewCallUrl;

  // Read only here: raised by Cohorts#touch in the transaction of every change it keys.
  @Column(nullable = false, insertable = false, updatable = false)
  long revision;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Version int version;

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** Whether applications may be started, changed and submitted at {@code now}. */
  boolean isOpen(Instant now) {
    return !now.isBefore(opensAt.toInstant()) && now.isBefore(closesAt.toInstant());
  }

  boolean isClosed(Instant now) {
    return !now.isBefore(closesAt.toInstant());
  }
}
