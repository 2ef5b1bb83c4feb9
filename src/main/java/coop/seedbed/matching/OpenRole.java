package coop.seedbed.matching;

import coop.seedbed.shared.CommasConverter;
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
 * A role a co-op in the directory is looking to fill, posted by one of its maintainers, who is the
 * one asked for introductions to it. Matched against profiles the same way profiles are.
 */
@Entity
@Table(name = "match_role")
class OpenRole {

  static final int TITLE_LENGTH = 140;
  static final int DESCRIPTION_LENGTH = 2000;
  static final int APPLY_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_role_seq")
  @SequenceGenerator(name = "match_role_seq", sequenceName = "match_role_seq", allocationSize = 50)
  Long id;

  @Column(name = "organisation_slug", nullable = false, length = 140)
  String organisationSlug;

  @Column(name = "organisation_name", nullable = false, length = 200)
  String organisationName;

  @Column(nullable = false, length = TITLE_LENGTH)
  String title;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  String description;

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 1000)
  List<String> skills = List.of();

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 500)
  List<String> tags = List.of();

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 500)
  List<String> sectors = List.of();

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 100)
  List<String> decision = List.of();

  @Column(name = "hours_per_week", nullable = false)
  int hoursPerWeek;

  @Column(nullable = false)
  boolean remote;

  @Column(length = 100)
  String city;

  @Column(length = 2)
  String country;

  Double latitude;
  Double longitude;

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 100)
  List<String> languages = List.of();

  @Column(name = "how_to_apply", nullable = false, length = APPLY_LENGTH)
  String howToApply;

  @Column(name = "contact_account_id")
  Long contactAccountId;

  @Column(nullable = false)
  boolean open;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Version int version;
}
