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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An accelerator programme: who it is for, what it offers, how teams are chosen (the published
 * criteria and the rubric reviewers score), the milestones of an accepted team, and the self-paced
 * track offered to teams it does not take. Cohorts are its yearly or seasonal intakes.
 */
@Entity
@Table(name = "programme")
class Programme {

  static final int NAME_LENGTH = 140;
  static final int TEXT_LENGTH = 4000;
  static final int TRACK_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
  @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
  Long id;

  @Column(nullable = false, length = 80)
  String slug;

  @Column(nullable = false, length = NAME_LENGTH)
  String name;

  @Column(nullable = false, length = TEXT_LENGTH)
  String audience;

  @Column(nullable = false, length = TEXT_LENGTH)
  String offer;

  @Column(nullable = false, length = TEXT_LENGTH)
  String criteria;

  @Column(name = "scale_levels", nullable = false)
  int scaleLevels;

  @Convert(converter = LinesConverter.class)
  @Column(length = TEXT_LENGTH)
  List<String> milestones = List.of();

  @Convert(converter = LinesConverter.class)
  @Column(length = TRACK_LENGTH)
  List<String> track = List.of();

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Version int version;
}
