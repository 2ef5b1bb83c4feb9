package coop.seedbed.booking;

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
 * One call between a booker and a volunteer. Its times are UTC; the booker's zone is kept so that
 * what they are told is in the zone they chose the time in.
 */
@Entity
@Table(name = "booking")
class Booking {

  static final int NAME_LENGTH = 100;
  static final int ABOUT_LENGTH = 2000;
  static final int OUTCOME_LENGTH = 2000;

  enum Status {
    /** Waiting for the booker to confirm from the mailed link; the slot is theirs meanwhile. */
    HELD,
    CONFIRMED,
    CANCELLED,
    /** Never confirmed in time; the slot went back. */
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
  @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
  Long id;

  @Column(name = "volunteer_id", nullable = false)
  long volunteerId;

  @Column(length = 40)
  String topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Status status;

  @Column(name = "starts_at", nullable = false)
  OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  OffsetDateTime endsAt;

  @Column(name = "booker_zone", nullable = false, length = 60)
  String bookerZone;

  @Column(name = "booker_name", nullable = false, length = NAME_LENGTH)
  String bookerName;

  @Column(name = "booker_email", nullable = false, length = 254)
  String bookerEmail;

  @Column(nullable = false, length = ABOUT_LENGTH)
  String about;

  @Column(name = "booker_token_hash", nullable = false, length = 64)
  String bookerTokenHash;

  @Column(name = "volunteer_token_hash", nullable = false, length = 64)
  String volunteerTokenHash;

  @Column(name = "held_until")
  OffsetDateTime heldUntil;

  @Column(nullable = false)
  int sequence;

  @Column(name = "call_url", nullable = false, length = 500)
  String callUrl;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "confirmed_at")
  OffsetDateTime confirmedAt;

  @Column(name = "cancelled_at")
  OffsetDateTime cancelledAt;

  @Column(name = "cancelled_by", length = 10)
  String cancelledBy;

  @Column(name = "reminded_at")
  OffsetDateTime remindedAt;

  @Column(length = OUTCOME_LENGTH)
  String outcome;

  @Column(length = 300)
  String referral;

  @Version int version;

  Interval interval() {
    return new Interval(startsAt.toInstant(), endsAt.toInstant());
  }

  /** The same event in every calendar it lands in, whatever changes later. */
  String uid() {
    return "candle-" + id + "@seedbed";
  }
}
