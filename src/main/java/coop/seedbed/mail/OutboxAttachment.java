package coop.seedbed.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A text attachment of an outbox message, such as a calendar invite. */
@Entity
@Table(name = "mail_attachment")
class OutboxAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_attachment_seq")
  @SequenceGenerator(
      name = "mail_attachment_seq",
      sequenceName = "mail_attachment_seq",
      allocationSize = 50)
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "message_id")
  OutboxMessage message;

  @Column(name = "file_name", nullable = false, length = 200)
  String fileName;

  @Column(name = "content_type", nullable = false, length = 200)
  String contentType;

  @Column(nullable = false)
  String content;
}
