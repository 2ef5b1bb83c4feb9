package coop.seedbed.directory;

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
 * A way to become a maintainer: a link mailed to an address at the listing's website domain, a
 * request for a moderator to decide, or a maintainer's invitation mailed to someone.
 */
@Entity
@Table(name = "organisation_claim")
class Claim {

  /** How the claim proves itself. */
  enum Way {
    DOMAIN_EMAIL,
    MODERATOR,
    INVITATION
  }

  enum Status {
    PENDING,
    APPROVED,
    REJECTED,
    USED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_claim_seq")
  @SequenceGenerator(
      name = "organisation_claim_seq",
      sequenceName = "organisation_claim_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "organisation_id", nullable = false)
  Long organisationId;

  /** Who asked (a claim), or nobody yet (an invitation). */
  @Column(name = "account_id")
  Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Way way;

  @Column(length = 254)
  String email;

  @Column(length = 1000)
  String message;

  @Column(name = "token_hash", length = 64)
  String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Status status;

  @Column(name = "decision_note", length = 1000)
  String decisionNote;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "expires_at")
  OffsetDateTime expiresAt;

  @Column(name = "decided_at")
  OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  Long decidedBy;
}
