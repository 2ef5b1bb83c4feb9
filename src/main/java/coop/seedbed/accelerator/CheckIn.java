package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A team's fortnightly word on progress and what blocks it; one per fortnight of the cohort. */
@Entity
@Table(name = "team_checkin")
class CheckIn {

  static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_checkin_seq")
  @SequenceGenerator(
      name = "team_checkin_seq",
      sequenceName = "team_checkin_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Column(nullable = false)
  int period;

  @Column(nullable = false, length = TEXT_LENGTH)
  String progress;

  @Column(nullable = false, length = TEXT_LENGTH)
  String blockers;

  @Column(name = "author_account_id")
  Long authorAccountId;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
}
