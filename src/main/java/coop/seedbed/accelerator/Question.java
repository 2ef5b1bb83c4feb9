package coop.seedbed.accelerator;

import coop.seedbed.shared.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A question of a cohort's application form. Eligibility questions come first on the form: an
 * answer equal to {@code stopAnswer} stops the application with {@code stopReason} before anyone
 * writes the rest.
 */
@Entity
@Table(name = "cohort_question")
class Question {

  static final int LABEL_LENGTH = 300;
  static final int HELP_LENGTH = 1000;
  static final int OPTIONS_LENGTH = 2000;

  enum Kind {
    SHORT_TEXT,
    LONG_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    NUMBER,
    URL,
    FILE,
    ELIGIBILITY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_question_seq")
  @SequenceGenerator(
      name = "cohort_question_seq",
      sequenceName = "cohort_question_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "cohort_id", nullable = false)
  long cohortId;

  @Column(nullable = false)
  int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  Kind kind;

  @Column(nullable = false, length = LABEL_LENGTH)
  String label;

  @Column(length = HELP_LENGTH)
  String help;

  @Column(nullable = false)
  boolean required;

  @Convert(converter = LinesConverter.class)
  @Column(length = OPTIONS_LENGTH)
  List<String> options = List.of();

  @Column(name = "word_limit")
  Integer wordLimit;

  @Column(name = "min_number")
  Long minNumber;

  @Column(name = "max_number")
  Long maxNumber;

  @Column(name = "stop_answer", length = 3)
  String stopAnswer;

  @Column(name = "stop_reason", length = 1000)
  String stopReason;

  @Column(nullable = false)
  boolean identifying;

  String code() {
    return "q" + id;
  }
}
