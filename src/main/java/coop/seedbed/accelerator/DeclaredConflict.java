package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A conflict of interest a reviewer declared, in their own words; kept and exported. */
@Entity
@Table(name = "review_conflict")
class DeclaredConflict {

  static final int REASON_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_conflict_seq")
  @SequenceGenerator(
      name = "review_conflict_seq",
      sequenceName = "review_conflict_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Column(name = "reviewer_account_id")
  Long reviewerAccountId;

  @Column(nullable = false, length = REASON_LENGTH)
  String reason;

  @Column(name = "declared_at", nullable = false)
  OffsetDateTime declaredAt;
}
