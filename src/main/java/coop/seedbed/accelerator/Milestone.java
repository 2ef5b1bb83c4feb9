package coop.seedbed.accelerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One of a team's milestones, copied from the programme's template when the team joins. */
@Entity
@Table(name = "team_milestone")
class Milestone {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_milestone_seq")
  @SequenceGenerator(
      name = "team_milestone_seq",
      sequenceName = "team_milestone_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Column(nullable = false)
  int position;

  @Column(nullable = false, length = 200)
  String title;

  @Column(name = "done_on")
  LocalDate doneOn;

  @Column(length = 1000)
  String note;
}
