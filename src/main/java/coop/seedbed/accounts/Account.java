package coop.seedbed.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who signed up. The email is unique and stored lower-cased; the password hash is empty
 * for people who only sign in by mailed link.
 */
@Entity
@Table(name = "account")
class Account {

  static final int EMAIL_LENGTH = 254;
  static final int NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  Long id;

  @Column(nullable = false, length = EMAIL_LENGTH)
  String email;

  @Column(name = "display_name", length = NAME_LENGTH)
  String displayName;

  @Column(name = "password_hash", length = 400)
  String passwordHash;

  @Column(name = "email_verified_at")
  OffsetDateTime emailVerifiedAt;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "last_sign_in_at")
  OffsetDateTime lastSignInAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  Set<Role> roles = EnumSet.of(Role.MEMBER);

  @Version int version;

  boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }
}
