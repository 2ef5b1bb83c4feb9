package coop.seedbed.guides;

import jakarta.persistence.Column;
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
import java.util.Arrays;
import java.util.List;

/**
 * A legal document in the library: what it is (title, summary, place, topics, licence) and how
 * reading its text went. The file itself and its text are rows of their own, read only when needed.
 */
@Entity
@Table(name = "legal_document")
class LegalDocument {

  /** Where reading the text has got to. */
  enum Status {
    /** Stored; a reader will take it shortly. */
    WAITING,
    /** A reader has it. */
    READING,
    /** Text read and searchable. */
    READY,
    /** No text could be read; {@link #reason} says why. */
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_document_seq")
  @SequenceGenerator(
      name = "legal_document_seq",
      sequenceName = "legal_document_seq",
      allocationSize = 50)
  Long id;

  @Column(nullable = false, length = 140)
  String slug;

  @Column(nullable = false, length = 200)
  String title;

  @Column(nullable = false, length = 1000)
  String summary;

  @Column(length = 10)
  String jurisdiction;

  @Column(nullable = false, length = 300)
  String topics;

  @Column(nullable = false, length = 200)
  String licence;

  @Column(name = "file_name", nullable = false, length = 255)
  String fileName;

  @Column(name = "media_type", nullable = false, length = 120)
  String mediaType;

  @Column(name = "size_bytes", nullable = false)
  long sizeBytes;

  @Column(nullable = false, length = 64)
  String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Status status;

  @Column(length = 1000)
  String reason;

  @Column(name = "text_chars")
  Integer textChars;

  @Column(nullable = false)
  int attempts;

  @Column(name = "claimed_at")
  OffsetDateTime claimedAt;

  @Column(name = "uploaded_by")
  Long uploadedBy;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Version int version;

  List<String> topicList() {
    return topics == null || topics.isBlank() ? List.of() : Arrays.asList(topics.split(","));
  }

  boolean isPublic() {
    return status == Status.READY;
  }
}
