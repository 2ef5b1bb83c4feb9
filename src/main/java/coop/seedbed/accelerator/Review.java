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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A reviewer's assignment to an application and, once submitted, their review (its scores are
 * {@link ReviewScore}s). A reviewer who deletes their account leaves the review, anonymous.
 */
@Entity
@Table(name = "review")
class Review {

  static final int COMMENT_LENGTH = 4000;

  enum Status {
    ASSIGNED,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
  @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
  Long id;

  @Column(name = "cohort_id", nullable = false)
  long cohortId;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Column(name = "reviewer_account_id")
  Long reviewerAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Status status;

  @Column(nullable = false)
  boolean pinned;

  @Column(nullable = false)
  int fit;

  @Column(name = "assigned_at", nullable = false)
  OffsetDateTime assignedAt;

  @Column(name = "due_at", nullable = false)
  OffsetDateTime dueAt;

  @Column(name = "reminded_at")
  OffsetDateTime remindedAt;

  @Column(name = "submitted_at")
  OffsetDateTime submittedAt;

  @Column(length = COMMENT_LENGTH)
  String comment;

  @Version int version;

  boolean isSubmitted() {
    return status == Status.SUBMITTED;
  }
}
