package coop.seedbed.matching;

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
 * A founding circle Seedbed proposed: three to six people who could start a co-op together. It
 * forms once at least three of them have said yes; until then it is only a proposal, and nobody in
 * it sees anyone's address.
 */
@Entity
@Table(name = "match_circle")
class Circle {

  enum Status {
    PROPOSED,
    FORMED,
    DISSOLVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_circle_seq")
  @SequenceGenerator(
      name = "match_circle_seq",
      sequenceName = "match_circle_seq",
      allocationSize = 50)
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Status status;

  @Column(nullable = false)
  int fit;

  /** Why these people, in plain words, a line each. */
  @Column(nullable = false, length = 2000)
  String reasons;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "formed_at")
  OffsetDateTime formedAt;

  @Version int version;
}
