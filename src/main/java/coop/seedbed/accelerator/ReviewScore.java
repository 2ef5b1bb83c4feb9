package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One criterion's score in a review, with how sure the reviewer is and a short comment. */
@Entity
@Table(name = "review_score")
@IdClass(ReviewScore.Key.class)
class ReviewScore {

  static final int COMMENT_LENGTH = 2000;

  @Id
  @Column(name = "review_id")
  long reviewId;

  @Id
  @Column(name = "criterion_id")
  long criterionId;

  @Column(nullable = false)
  int score;

  @Column(nullable = false)
  int confidence;

  @Column(length = COMMENT_LENGTH)
  String comment;

  /** The composite key, as JPA needs it. */
  public static class Key implements Serializable {
    long reviewId;
    long criterionId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.reviewId == reviewId && key.criterionId == criterionId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(reviewId, criterionId);
    }
  }
}
