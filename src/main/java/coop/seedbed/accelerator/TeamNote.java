package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A mentor's or staff member's note on a team, kept with the team rather than in someone's mail.
 */
@Entity
@Table(name = "team_note")
class TeamNote {

  static final int BODY_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_note_seq")
  @SequenceGenerator(name = "team_note_seq", sequenceName = "team_note_seq", allocationSize = 50)
  Long id;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Column(name = "author_account_id")
  Long authorAccountId;

  @Column(nullable = false, length = BODY_LENGTH)
  String body;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
}
