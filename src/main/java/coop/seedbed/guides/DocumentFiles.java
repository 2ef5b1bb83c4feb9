package coop.seedbed.guides;

import coop.seedbed.search.SearchableChanged;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.TooLargeException;
import coop.seedbed.shared.UnsupportedTypeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A document's file: read from an upload within the size limit, its type detected and refused
 * unless readable, stored beside the document, and read back.
 */
@ApplicationScoped
class DocumentFiles {

  static final int MAX_FILE_NAME = 255;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<SearchableChanged> changed;
  @Inject Event<ReadingQueue.DocumentStored> stored;
  @Inject DocumentText text;

  @Inject
  @ConfigProperty(name = "seedbed.documents.max-bytes")
  long maxBytes;

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads an upload's bytes, refusing at once anything above the limit. */
  public byte[] readLimited(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TooLargeException tooLarge() {
    return new TooLargeException(
        "The file is larger than " + megabytes(maxBytes) + ", the most Seedbed takes.");
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1_000_000.0);
  }

  void storeFile(LegalDocument doc, String fileName, String type, byte[] bytes, boolean isNew) {
    doc.fileName = cleanFileName(fileName);
    doc.mediaType = type;
    doc.sizeBytes = bytes.length;
    doc.sha256 = sha256(bytes);
    doc.status = LegalDocument.Status.WAITING;
    doc.reason = null;
    doc.textChars = null;
    doc.updatedAt = OffsetDateTime.now(clock);
    if (isNew) {
      em.persist(doc);
      em.flush();
    } else {
      em.createNativeQuery("delete from legal_document_file where document_id = ?1")
          .setParameter(1, doc.id)
          .executeUpdate();
      em.createNativeQuery("delete from legal_document_text where document_id = ?1")
          .setParameter(1, doc.id)
          .executeUpdate();
    }
    em.createNativeQuery("insert into legal_document_file (document_id, content) values (?1, ?2)")
        .setParameter(1, doc.id)
        .setParameter(2, bytes)
        .executeUpdate();
    // Until its new text is read, a replaced document is not found by search.
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, doc.id));
    stored.fire(new ReadingQueue.DocumentStored(doc.id));
  }

  /** The detected type of a good file, or its problems added to {@code errors}. */
  String checkFile(String fileName, byte[] bytes, List<FieldError> errors) {
    if (bytes == null) {
      errors.add(new FieldError("file", "Choose a file to upload."));
      return null;
    }
    if (bytes.length > maxBytes) {
      throw tooLarge();
    }
    if (bytes.length == 0) {
      errors.add(new FieldError("file", "The file is empty: it has no bytes at all."));
      return null;
    }
    String type = text.extractor().detect(bytes);
    String refusal = TextExtractor.refusal(type, fileName);
    if (refusal != null) {
      throw new UnsupportedTypeException(refusal);
    }
    return type;
  }

  byte[] bytes(long id) {
    Object content =
        em.createNativeQuery("select content from legal_document_file where document_id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    if (content instanceof Blob blob) {
      try {
        return blob.getBytes(1, (int) blob.length());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return (byte[]) content;
  }

  static String cleanFileName(String name) {
    String clean = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
    clean = clean.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (clean.isEmpty()) {
      clean = "document";
    }
    return clean.length() > MAX_FILE_NAME ? clean.substring(clean.length() - MAX_FILE_NAME) : clean;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
