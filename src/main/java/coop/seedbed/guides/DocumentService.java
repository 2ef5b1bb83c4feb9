package coop.seedbed.guides;

import coop.seedbed.accounts.Caller;
import coop.seedbed.database.NativeValues;
import coop.seedbed.directory.FindListings;
import coop.seedbed.search.SearchableChanged;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.Slugs;
import coop.seedbed.shared.TooLargeException;
import coop.seedbed.shared.UnsupportedTypeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The legal library's documents: upload (by staff, or by people who keep a published listing),
 * replace a file, retry reading, delete, and find them. A file and its description are stored in
 * one transaction; its text is read afterwards by {@link DocumentReader}, never in the request.
 * Every change to what can be found is announced to search in the same transaction.
 */
@ApplicationScoped
public class DocumentService {

  static final int MAX_TITLE = 200;
  static final int MAX_SUMMARY = 1000;
  static final int MAX_LICENCE = 200;
  static final int MAX_FILE_NAME = 255;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<SearchableChanged> changed;
  @Inject Event<DocumentStored> stored;
  @Inject FindListings directory;
  @Inject DocumentText text;

  @Inject
  @ConfigProperty(name = "seedbed.documents.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "seedbed.documents.read-timeout")
  Duration readTimeout;

  /** Fired after a file is stored, so a reader takes it at once rather than at its next look. */
  public record DocumentStored(long id) {}

  /** A stored file, to be downloaded as it was uploaded. */
  public record DocumentFile(String fileName, String mediaType, byte[] bytes) {}

  public long maxBytes() {
    return maxBytes;
  }

  /** Who may add documents: staff, and people with a confirmed address who keep a listing. */
  public boolean mayUpload(Caller caller) {
    if (!caller.isSignedIn()) {
      return false;
    }
    if (caller.isStaff()) {
      return true;
    }
    return caller.emailVerified()
        && caller.account().map(directory::maintainsPublishedListing).orElse(false);
  }

  private void requireUploader(Caller caller) {
    caller.requireSignedIn();
    if (!caller.isStaff()) {
      caller.requireVerifiedEmail();
      if (!mayUpload(caller)) {
        throw new ForbiddenException(
            "Documents can be added by Seedbed staff and by the maintainers of a published"
                + " listing. List your organisation first, or send the document to staff.");
      }
    }
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

  @Transactional
  public DocumentView upload(
      Caller caller, DocumentRequest request, String fileName, byte[] bytes) {
    requireUploader(caller);
    return store(caller, request, fileName, bytes);
  }

  /** Adds a document by someone already judged fit to add it (an uploader, or demo content). */
  @Transactional
  DocumentView store(Caller caller, DocumentRequest request, String fileName, byte[] bytes) {
    List<FieldError> errors = check(request);
    String type = checkFile(fileName, bytes, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    LegalDocument doc = new LegalDocument();
    describe(doc, request);
    doc.slug = uniqueSlug(doc.title);
    doc.uploadedBy = caller.account().orElse(null);
    doc.createdAt = OffsetDateTime.now(clock);
    storeFile(doc, fileName, type, bytes, true);
    return view(doc, caller);
  }

  @Transactional
  public DocumentView update(Caller caller, String slug, DocumentRequest request) {
    LegalDocument doc = owned(caller, slug);
    List<FieldError> errors = check(request);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    describe(doc, request);
    doc.updatedAt = OffsetDateTime.now(clock);
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, doc.id));
    return view(doc, caller);
  }

  /** A new file for a document (after fixing the old one): read again from the start. */
  @Transactional
  public DocumentView replaceFile(Caller caller, String slug, String fileName, byte[] bytes) {
    LegalDocument doc = owned(caller, slug);
    List<FieldError> errors = new ArrayList<>();
    String type = checkFile(fileName, bytes, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    storeFile(doc, fileName, type, bytes, false);
    return view(doc, caller);
  }

  /** Reads the same file again: after Seedbed's reader has been fixed, say. */
  @Transactional
  public DocumentView retry(Caller caller, String slug) {
    LegalDocument doc = owned(caller, slug);
    if (doc.status == LegalDocument.Status.WAITING || doc.status == LegalDocument.Status.READING) {
      return view(doc, caller);
    }
    doc.status = LegalDocument.Status.WAITING;
    doc.reason = null;
    doc.updatedAt = OffsetDateTime.now(clock);
    stored.fire(new DocumentStored(doc.id));
    return view(doc, caller);
  }

  @Transactional
  public void delete(Caller caller, String slug) {
    LegalDocument doc = owned(caller, slug);
    em.remove(doc);
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, doc.id));
  }

  /** A ready document for anyone; any document for whoever uploaded it, and staff. */
  public DocumentView find(Caller caller, String slug) {
    LegalDocument doc = bySlug(slug).orElseThrow(() -> notFound(slug));
    if (!doc.isPublic() && !mayManage(caller, doc)) {
      throw notFound(slug);
    }
    return view(doc, caller);
  }

  /**
   * Ready documents, newest first, optionally of one topic or place; with {@code mine}, the
   * caller's own in any state.
   */
  public List<DocumentView> list(Caller caller, String topic, String jurisdiction, boolean mine) {
    StringBuilder jpql = new StringBuilder("select d from LegalDocument d where ");
    if (mine) {
      caller.requireSignedIn();
      jpql.append(caller.isStaff() && caller.account().isEmpty() ? "1 = 1" : "d.uploadedBy = :me");
    } else {
      jpql.append("d.status = :ready");
    }
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      jpql.append(" and (d.jurisdiction = :place or d.jurisdiction like :within)");
    }
    jpql.append(" order by d.createdAt desc, d.id desc");
    var query = em.createQuery(jpql.toString(), LegalDocument.class).setMaxResults(500);
    if (mine) {
      if (jpql.indexOf(":me") > 0) {
        query.setParameter("me", caller.account().orElseThrow());
      }
    } else {
      query.setParameter("ready", LegalDocument.Status.READY);
    }
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      query.setParameter("place", jurisdiction.strip().toUpperCase(Locale.ROOT));
      query.setParameter("within", jurisdiction.strip().toUpperCase(Locale.ROOT) + "-%");
    }
    return query.getResultList().stream()
        .filter(d -> topic == null || topic.isBlank() || d.topicList().contains(topic.strip()))
        .map(d -> view(d, caller))
        .toList();
  }

  /** The file as uploaded, for whoever may see the document. */
  public DocumentFile file(Caller caller, String slug) {
    LegalDocument doc = bySlug(slug).orElseThrow(() -> notFound(slug));
    if (!doc.isPublic() && !mayManage(caller, doc)) {
      throw notFound(slug);
    }
    return new DocumentFile(doc.fileName, doc.mediaType, bytes(doc.id));
  }

  /** The text read from a document, for search. */
  Optional<String> text(long id) {
    List<?> rows =
        em.createNativeQuery("select body from legal_document_text where document_id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(NativeValues.text(rows.get(0)));
  }

  // The reader's side.

  /** What a reader needs of a document it has claimed. */
  record Claimed(long id, int attempt, String mediaType, byte[] bytes) {}

  /**
   * Takes the oldest waiting document, or one whose reader stopped (a restart mid-read), marking it
   * as being read, so two readers on two instances never read the same one.
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Claimed> claimNext() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime stale = now.minus(readTimeout.multipliedBy(3));
    List<LegalDocument> candidates =
        em.createQuery(
                "select d from LegalDocument d where d.status = :waiting"
                    + " or (d.status = :reading and d.claimedAt < :stale) order by d.updatedAt",
                LegalDocument.class)
            .setParameter("waiting", LegalDocument.Status.WAITING)
            .setParameter("reading", LegalDocument.Status.READING)
            .setParameter("stale", stale)
            .setMaxResults(1)
            .getResultList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    LegalDocument doc = candidates.get(0);
    em.lock(doc, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    doc.status = LegalDocument.Status.READING;
    doc.claimedAt = now;
    doc.attempts++;
    em.flush();
    return Optional.of(new Claimed(doc.id, doc.attempts, doc.mediaType, bytes(doc.id)));
  }

  /** Stores what reading gave, unless the document changed meanwhile (a new file, a delete). */
  @Transactional(TxType.REQUIRES_NEW)
  void finish(long id, int attempts, TextExtractor.Extraction result) {
    LegalDocument doc = em.find(LegalDocument.class, id);
    if (doc == null || doc.status != LegalDocument.Status.READING || doc.attempts != attempts) {
      return;
    }
    em.createNativeQuery("delete from legal_document_text where document_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    if (result.outcome() == TextExtractor.Outcome.READ) {
      em.createNativeQuery("insert into legal_document_text (document_id, body) values (?1, ?2)")
          .setParameter(1, id)
          .setParameter(2, result.text())
          .executeUpdate();
      doc.status = LegalDocument.Status.READY;
      doc.textChars = result.text().length();
    } else {
      doc.status = LegalDocument.Status.FAILED;
      doc.textChars = null;
    }
    doc.reason = result.reason();
    doc.claimedAt = null;
    doc.updatedAt = OffsetDateTime.now(clock);
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, id));
  }

  // Helpers.

  private void describe(LegalDocument doc, DocumentRequest request) {
    doc.title = request.title().strip();
    doc.summary = request.summary().strip();
    doc.jurisdiction =
        request.jurisdiction() == null || request.jurisdiction().isBlank()
            ? null
            : request.jurisdiction().strip().toUpperCase(Locale.ROOT);
    doc.topics = String.join(",", request.topics().stream().map(String::strip).distinct().toList());
    doc.licence = request.licence().strip();
  }

  private void storeFile(
      LegalDocument doc, String fileName, String type, byte[] bytes, boolean isNew) {
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
    stored.fire(new DocumentStored(doc.id));
  }

  private List<FieldError> check(DocumentRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request == null) {
      return List.of(new FieldError("title", "Give the document a title."));
    }
    if (request.title() == null || request.title().strip().length() < 3) {
      errors.add(new FieldError("title", "Give the document a title of at least 3 characters."));
    } else if (request.title().strip().length() > MAX_TITLE) {
      errors.add(new FieldError("title", "Keep the title to " + MAX_TITLE + " characters."));
    }
    if (request.summary() == null || request.summary().isBlank()) {
      errors.add(new FieldError("summary", "Say in a sentence or two what the document is."));
    } else if (request.summary().strip().length() > MAX_SUMMARY) {
      errors.add(new FieldError("summary", "Keep the summary to " + MAX_SUMMARY + " characters."));
    }
    String place = request.jurisdiction();
    if (place != null
        && !place.isBlank()
        && !Vocabulary.isJurisdiction(place.strip().toUpperCase(Locale.ROOT))) {
      errors.add(
          new FieldError(
              "jurisdiction",
              "Use a country code such as GB or FR, or a state such as US-CA; leave it empty when"
                  + " the document is not about one place."));
    }
    if (request.topics() == null || request.topics().isEmpty()) {
      errors.add(new FieldError("topics", "Choose at least one topic."));
    } else {
      for (String topic : request.topics()) {
        if (topic == null || !Vocabulary.TOPICS.containsKey(topic.strip())) {
          errors.add(
              new FieldError(
                  "topics",
                  "\""
                      + topic
                      + "\" is not a topic; choose from "
                      + String.join(", ", Vocabulary.TOPICS.keySet())
                      + "."));
        }
      }
    }
    if (request.licence() == null || request.licence().isBlank()) {
      errors.add(
          new FieldError(
              "licence",
              "Say under which licence others may use it, such as CC BY-SA 4.0, or \"All rights"
                  + " reserved, shared with permission\"."));
    } else if (request.licence().strip().length() > MAX_LICENCE) {
      errors.add(new FieldError("licence", "Keep the licence to " + MAX_LICENCE + " characters."));
    }
    return errors;
  }

  /** The detected type of a good file, or its problems added to {@code errors}. */
  private String checkFile(String fileName, byte[] bytes, List<FieldError> errors) {
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

  private LegalDocument owned(Caller caller, String slug) {
    caller.requireSignedIn();
    LegalDocument doc = bySlug(slug).orElseThrow(() -> notFound(slug));
    if (!mayManage(caller, doc)) {
      if (doc.isPublic()) {
        throw new ForbiddenException(
            "Only whoever uploaded this document, and staff, may change it.");
      }
      throw notFound(slug);
    }
    return doc;
  }

  private static boolean mayManage(Caller caller, LegalDocument doc) {
    return caller.isStaff()
        || caller.account().isPresent() && caller.account().get().equals(doc.uploadedBy);
  }

  /** Whether the document that a title would first be given an address from is there. */
  boolean hasSlugOf(String title) {
    return bySlug(baseSlug(title)).isPresent();
  }

  private Optional<LegalDocument> bySlug(String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    return em
        .createQuery("select d from LegalDocument d where d.slug = :slug", LegalDocument.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  Optional<LegalDocument> byId(long id) {
    return Optional.ofNullable(em.find(LegalDocument.class, id));
  }

  private static NotFoundException notFound(String slug) {
    return new NotFoundException("There is no document \"" + slug + "\" in the library.");
  }

  private byte[] bytes(long id) {
    Object content =
        em.createNativeQuery("select content from legal_document_file where document_id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    if (content instanceof java.sql.Blob blob) {
      try {
        return blob.getBytes(1, (int) blob.length());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return (byte[]) content;
  }

  private String uniqueSlug(String title) {
    String base = baseSlug(title);
    String slug = base;
    for (int n = 2; bySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /** The address a title gives a document when no other has it ("new" is a page of its own). */
  private static String baseSlug(String title) {
    String base = Slugs.of(title, 100, "document");
    return base.equals("new") ? "document" : base;
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

  DocumentView view(LegalDocument doc, Caller caller) {
    return new DocumentView(
        doc.slug,
        doc.title,
        doc.summary,
        doc.jurisdiction,
        doc.topicList(),
        doc.licence,
        doc.fileName,
        doc.mediaType,
        TextExtractor.ACCEPTED.getOrDefault(
            doc.mediaType, TextExtractor.PROTECTED.getOrDefault(doc.mediaType, doc.mediaType)),
        doc.sizeBytes,
        doc.sha256,
        doc.status.name().toLowerCase(Locale.ROOT),
        doc.reason,
        doc.textChars,
        doc.attempts,
        doc.createdAt,
        doc.updatedAt,
        mayManage(caller, doc),
        "/documents/" + doc.slug,
        "/documents/" + doc.slug + "/file");
  }
}
