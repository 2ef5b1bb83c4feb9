package coop.seedbed.directory;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A listing in the directory. The contact email is private. The keys (name, city, website) are
 * derived from the fields by {@link Keys} whenever they change, and are what duplicate checks use.
 */
@Entity
@Table(name = "organisation")
class Organisation {

  static final int NAME_LENGTH = 200;
  static final int DESCRIPTION_LENGTH = 20_000;
  static final int WEBSITE_LENGTH = 500;
  static final int PLACE_LENGTH = 120;

  /**
   * Limits of each list (sectors, services, technologies, languages), from the real directory with
   * room to spare: its records list up to 29 technologies and name services in up to 158
   * characters. All of a list's values, one a line, fit {@link #TAGS_TEXT_LENGTH}.
   */
  static final int TAG_LENGTH = 200;

  static final int MAX_TAGS = 40;
  static final int TAGS_TEXT_LENGTH = 2000;
  static final int LANGUAGES_TEXT_LENGTH = 300;

  static final int SOURCE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "organisation_seq",
      allocationSize = 50)
  Long id;

  @Column(nullable = false, length = 120)
  String slug;

  @Column(nullable = false, length = NAME_LENGTH)
  String name;

  @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
  String nameKey;

  @Column(nullable = false, length = 30)
  @Convert(converter = KindConverter.class)
  Kind kind;

  String description;

  @Column(length = WEBSITE_LENGTH)
  String website;

  @Column(name = "website_key", length = 300)
  String websiteKey;

  @Column(length = 254)
  String email;

  @Column(length = PLACE_LENGTH)
  String city;

  @Column(name = "city_key", length = PLACE_LENGTH)
  String cityKey;

  @Column(length = PLACE_LENGTH)
  String region;

  @Column(length = 2)
  String country;

  Double latitude;
  Double longitude;

  @Convert(converter = LinesConverter.class)
  @Column(length = TAGS_TEXT_LENGTH)
  List<String> sectors = List.of();

  @Convert(converter = LinesConverter.class)
  @Column(length = TAGS_TEXT_LENGTH)
  List<String> services = List.of();

  @Convert(converter = LinesConverter.class)
  @Column(length = TAGS_TEXT_LENGTH)
  List<String> technologies = List.of();

  @Convert(converter = LinesConverter.class)
  @Column(length = LANGUAGES_TEXT_LENGTH)
  List<String> languages = List.of();

  Integer members;
  Integer founded;

  @Column(nullable = false)
  boolean hiring;

  @Column(name = "accepting_members", nullable = false)
  boolean acceptingMembers;

  @Column(nullable = false)
  boolean remote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  OrganisationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Origin origin;

  @Column(name = "external_id", length = 200)
  String externalId;

  @Column(name = "source_note", length = SOURCE_LENGTH)
  String sourceNote;

  @Column(name = "submitted_by")
  Long submittedBy;

  @Column(name = "standards_affirmed_at")
  OffsetDateTime standardsAffirmedAt;

  @Column(name = "rejection_reason", length = 1000)
  String rejectionReason;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Column(name = "published_at")
  OffsetDateTime publishedAt;

  @Column(name = "last_confirmed_at", nullable = false)
  OffsetDateTime lastConfirmedAt;

  @Column(name = "confirm_requested_at")
  OffsetDateTime confirmRequestedAt;

  @Column(name = "confirm_token_hash", length = 64)
  String confirmTokenHash;

  /**
   * Nobody confirmed it in time after the yearly "still going?" mail: shown so, and ranked lower.
   */
  @Column(nullable = false)
  boolean unconfirmed;

  /** The number of the latest entry in its history. */
  @Column(nullable = false)
  int revision;

  @Version int version;

  boolean isPublished() {
    return status == OrganisationStatus.PUBLISHED;
  }
}
