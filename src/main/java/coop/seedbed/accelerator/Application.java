package coop.seedbed.accelerator;

import coop.seedbed.shared.CommasConverter;
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
 * A team's application to a cohort: a draft its members save and come back to, then submitted
 * (until the deadline), and in the end decided. The project name, web address and listing name the
 * team, so a blind cohort never shows them to reviewers; sector and topics are what reviewers are
 * matched on.
 */
@Entity
@Table(name = "application")
class Application {

  static final int PROJECT_LENGTH = 140;
  static final int WEBSITE_LENGTH = 300;
  static final int SUMMARY_LENGTH = 2000;
  static final int TOPICS_LENGTH = 300;
  static final int REDACTIONS_LENGTH = 4000;

  enum Status {
    DRAFT,
    SUBMITTED,
    WITHDRAWN
  }

  enum Decision {
    /** A place offered, to be taken up by the respond-by date. */
    OFFERED,
    /** The team took up its place. */
    CONFIRMED,
    WAITLISTED,
    DECLINED,
    /** The team turned its place down. */
    REFUSED,
    /** The team did not answer the offer in time. */
    LAPSED;

    boolean holdsPlace() {
      return this == OFFERED || this == CONFIRMED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
  @SequenceGenerator(
      name = "application_seq",
      sequenceName = "application_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "cohort_id", nullable = false)
  long cohortId;

  @Column(name = "lead_account_id")
  Long leadAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Status status;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  Decision decision;

  @Column(name = "decided_at")
  OffsetDateTime decidedAt;

  @Column(name = "respond_by")
  OffsetDateTime respondBy;

  @Column(name = "project_name", nullable = false, length = PROJECT_LENGTH)
  String projectName;

  @Column(length = WEBSITE_LENGTH)
  String website;

  @Column(name = "organisation_slug", length = 140)
  String organisationSlug;

  @Column(length = 60)
  String sector;

  @Convert(converter = CommasConverter.class)
  @Column(nullable = false, length = TOPICS_LENGTH)
  List<String> topics = List.of();

  @Column(length = 2)
  String country;

  @Column(nullable = false, length = SUMMARY_LENGTH)
  String summary;

  @Column(nullable = false)
  boolean shortlisted;

  @Convert(converter = LinesConverter.class)
  @Column(length = REDACTIONS_LENGTH)
  List<String> redactions = List.of();

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Column(name = "submitted_at")
  OffsetDateTime submittedAt;

  @Column(name = "withdrawn_at")
  OffsetDateTime withdrawnAt;

  @Version int version;

  /** The code reviewers and exports know it by, which says nothing about the team. */
  String reference() {
    return "A-" + id;
  }
}
