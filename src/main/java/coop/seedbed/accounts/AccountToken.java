package coop.seedbed.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A one-time link sent by mail. Only the SHA-256 of the token is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, length = 64)
  String tokenHash;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  OffsetDateTime expiresAt;

  @Column(name = "used_at")
  OffsetDateTime usedAt;
}
