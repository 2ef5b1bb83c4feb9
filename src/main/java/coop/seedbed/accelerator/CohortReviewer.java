package coop.seedbed.accelerator;

import coop.seedbed.shared.CommasConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A reviewer on a cohort's panel, with the expertise the assignment matches applications against.
 */
@Entity
@Table(name = "cohort_reviewer")
@IdClass(CohortReviewer.Key.class)
class CohortReviewer {

  static final int TAGS_LENGTH = 500;

  @Id
  @Column(name = "cohort_id")
  long cohortId;

  @Id
  @Column(name = "account_id")
  long accountId;

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = TAGS_LENGTH)
  List<String> sectors = List.of();

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = TAGS_LENGTH)
  List<String> topics = List.of();

  @Column(name = "added_at", nullable = false)
  OffsetDateTime addedAt;

  /** The composite key, as JPA needs it. */
  public static class Key implements Serializable {
    long cohortId;
    long accountId;

    public Key() {}

    Key(long cohortId, long accountId) {
      this.cohortId = cohortId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.cohortId == cohortId && key.accountId == accountId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(cohortId, accountId);
    }
  }
}
