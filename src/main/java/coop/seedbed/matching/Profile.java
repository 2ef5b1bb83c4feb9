package coop.seedbed.matching;

import coop.seedbed.shared.CommasConverter;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a person wants from matchmaking and what they bring: one profile per account. It is
 * suggested to others only when its owner made it visible and has not paused it; its owner's
 * address is never part of it.
 */
@Entity
@Table(name = "match_profile")
class Profile {

  static final int NAME_LENGTH = 100;
  static final int ABOUT_LENGTH = 2000;

  enum Visibility {
    /** Nobody sees it and it is never suggested. */
    HIDDEN,
    /** Signed-in people. */
    MEMBERS,
    /** Anyone, signed in or not. */
    PUBLIC
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_profile_seq")
  @SequenceGenerator(
      name = "match_profile_seq",
      sequenceName = "match_profile_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "account_id", nullable = false)
  long accountId;

  @Column(nullable = false, length = NAME_LENGTH)
  String name;

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 100)
  List<String> wants = List.of();

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

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 100)
  List<String> pay = List.of();

  @Column(name = "hours_per_week", nullable = false)
  int hoursPerWeek;

  @Column(name = "available_from")
  LocalDate availableFrom;

  @Column(length = 100)
  String city;

  @Column(length = 2)
  String country;

  Double latitude;
  Double longitude;

  @Column(name = "radius_km")
  Integer radiusKm;

  @Column(nullable = false)
  boolean remote;

  @Column(name = "time_zone", nullable = false, length = 60)
  String timeZone;

  @Column(name = "work_start", nullable = false)
  LocalTime workStart;

  @Column(name = "work_end", nullable = false)
  LocalTime workEnd;

  @Convert(converter = CommasConverter.class)
  @Column(name = "work_days", nullable = false, length = 30)
  List<String> workDays = List.of();

  @Column(name = "overlap_matters", nullable = false)
  boolean overlapMatters;

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = 100)
  List<String> languages = List.of();

  @Column(nullable = false, length = ABOUT_LENGTH)
  String about;

  @Column(name = "mentor_capacity", nullable = false)
  int mentorCapacity;

  @Column(nullable = false)
  boolean circle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Visibility visibility;

  @Column(nullable = false)
  boolean paused;

  @Column(name = "last_active_at", nullable = false)
  OffsetDateTime lastActiveAt;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Version int version;

  /** Whether others may be shown it at all: visible and not paused. */
  boolean isSuggestible() {
    return visibility != Visibility.HIDDEN && !paused;
  }
}
