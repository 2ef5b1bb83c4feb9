package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A team's answer to one question, as text (choices one a line, a number as written). */
@Entity
@Table(name = "application_answer")
@IdClass(Answer.Key.class)
class Answer {

  static final int LENGTH = 20000;

  @Id
  @Column(name = "application_id")
  long applicationId;

  @Id
  @Column(name = "question_id")
  long questionId;

  @Column(length = LENGTH)
  String answer;

  /** The composite key, as JPA needs it. */
  public static class Key implements Serializable {
    long applicationId;
    long questionId;

    public Key() {}

    Key(long applicationId, long questionId) {
      this.applicationId = applicationId;
      this.questionId = questionId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.applicationId == applicationId
          && key.questionId == questionId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(applicationId, questionId);
    }
  }
}
