package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A person on a team's application: the lead who started it, or a co-applicant the lead invited by
 * mail, who is on the team once they confirm from that mail while signed in.
 */
@Entity
@Table(name = "application_member")
class Member {

  static final int NAME_LENGTH = 100;

  enum Status {
    INVITED,
    CONFIRMED,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_member_seq")
  @SequenceGenerator(
      name = "application_member_seq",
      sequenceName = "application_member_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Column(name = "account_id")
  Long accountId;

  @Column(nullable = false, length = 254)
  String email;

  @Column(nullable = false, length = NAME_LENGTH)
  String name;

  @Column(nullable = false)
  boolean lead;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Status status;

  @Column(name = "token_hash", length = 64)
  String tokenHash;

  @Column(name = "feed_secret", nullable = false, length = 64)
  String feedSecret;

  @Column(name = "invited_at", nullable = false)
  OffsetDateTime invitedAt;

  @Column(name = "confirmed_at")
  OffsetDateTime confirmedAt;

  boolean isConfirmed() {
    return status == Status.CONFIRMED;
  }
}
