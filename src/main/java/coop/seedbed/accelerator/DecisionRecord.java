package coop.seedbed.accelerator;

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

/** One decision on an application, who made it and when: the record is never changed. */
@Entity
@Table(name = "application_decision")
class DecisionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_decision_seq")
  @SequenceGenerator(
      name = "application_decision_seq",
      sequenceName = "application_decision_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "application_id", nullable = false)
  long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Application.Decision decision;

  @Column(name = "decided_by")
  Long decidedBy;

  @Column(name = "decided_by_label", nullable = false, length = 120)
  String decidedByLabel;

  @Column(name = "decided_at", nullable = false)
  OffsetDateTime decidedAt;

  @Column(length = 2000)
  String note;
}
