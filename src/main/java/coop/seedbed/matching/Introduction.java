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
 * One person asking to be introduced to another (or to the maintainer behind an open role). The
 * asker said yes by asking; when the other says yes too, both get each other's address, and not
 * before. Unanswered, it gets one reminder and lapses after two weeks.
 */
@Entity
@Table(name = "match_introduction")
class Introduction {

  static final int NOTE_LENGTH = 1000;

  enum Status {
    PENDING,
    ACCEPTED,
    DECLINED,
    LAPSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_introduction_seq")
  @SequenceGenerator(
      name = "match_introduction_seq",
      sequenceName = "match_introduction_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "from_account_id", nullable = false)
  long fromAccountId;

  @Column(name = "to_account_id", nullable = false)
  long toAccountId;

  @Column(name = "role_id")
  Long roleId;

  @Column(nullable = false, length = NOTE_LENGTH)
  String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Status status;

  /** "from:to" while pending, so two open requests between the same people cannot exist. */
  @Column(name = "open_key", length = 41)
  String openKey;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  OffsetDateTime expiresAt;

  @Column(name = "reminded_at")
  OffsetDateTime remindedAt;

  @Column(name = "answered_at")
  OffsetDateTime answeredAt;

  @Version int version;

  static String openKey(long from, long to) {
    return from + ":" + to;
  }
}
