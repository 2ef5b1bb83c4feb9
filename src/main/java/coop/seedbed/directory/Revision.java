package coop.seedbed.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A listing as it was after one change, with who changed it and why. */
@Entity
@Table(name = "organisation_revision")
class Revision {

  /** Who made a change: a maintainer, a moderator, an import, or Seedbed itself. */
  enum Actor {
    MAINTAINER,
    MODERATOR,
    IMPORT,
    SYSTEM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_revision_seq")
  @SequenceGenerator(
      name = "organisation_revision_seq",
      sequenceName = "organisation_revision_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "organisation_id", nullable = false)
  Long organisationId;

  @Column(nullable = false)
  int number;

  @Column(nullable = false)
  String snapshot;

  @Column(nullable = false, length = 300)
  String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Actor actor;

  @Column(name = "changed_by")
  Long changedBy;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
}
