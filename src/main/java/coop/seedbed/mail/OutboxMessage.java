package coop.seedbed.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A rendered mail waiting in the outbox, or the record of one sent or given up on. */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

  static final int RECIPIENT_LENGTH = 254;
  static final int SUBJECT_LENGTH = 300;
  static final int ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  Long id;

  @Column(nullable = false, length = RECIPIENT_LENGTH)
  String recipient;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  String subject;

  @Column(name = "text_body", nullable = false)
  String textBody;

  @Column(name = "html_body")
  String htmlBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  MailStatus status = MailStatus.PENDING;

  @Column(nullable = false)
  int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  OffsetDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  OffsetDateTime claimedUntil;

  @Column(name = "last_error", length = ERROR_LENGTH)
  String lastError;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "sent_at")
  OffsetDateTime sentAt;

  @Column(name = "message_id", length = 200)
  String messageId;

  @OneToMany(
      mappedBy = "message",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("id")
  List<OutboxAttachment> attachments = new ArrayList<>();
}
