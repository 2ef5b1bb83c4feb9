package coop.seedbed.accelerator;

import coop.seedbed.shared.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/**
 * One weighted criterion of a programme's rubric, scored from 1 to the programme's number of
 * levels; {@code levels} says what each level means, lowest first.
 */
@Entity
@Table(name = "rubric_criterion")
class RubricCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_criterion_seq")
  @SequenceGenerator(
      name = "rubric_criterion_seq",
      sequenceName = "rubric_criterion_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "programme_id", nullable = false)
  long programmeId;

  @Column(nullable = false)
  int position;

  @Column(nullable = false, length = 140)
  String name;

  @Column(nullable = false, length = 1000)
  String description;

  @Column(nullable = false)
  int weight;

  @Convert(converter = LinesConverter.class)
  @Column(nullable = false, length = 4000)
  List<String> levels = List.of();
}
