package coop.seedbed.guides;

import coop.seedbed.accounts.Caller;
import coop.seedbed.search.SearchableChanged;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes a document in the library, by whoever uploaded it or staff: its description, its file,
 * reading it again, deleting it. Every change to what can be found is announced to search in the
 * same transaction.
 */
@ApplicationScoped
class ChangeDocuments {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<SearchableChanged> changed;
  @Inject Event<ReadingQueue.DocumentStored> stored;
  @Inject LibraryAccess access;
  @Inject DocumentFiles files;

  @Transactional
  public DocumentView update(Caller caller, String slug, DocumentRequest request) {
    LegalDocument doc = access.owned(caller, slug);
    List<FieldError> errors = DocumentDescription.check(request);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    DocumentDescription.describe(doc, request);
    doc.updatedAt = OffsetDateTime.now(clock);
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, doc.id));
    return access.view(doc, caller);
  }

  /** A new file for a document (after fixing the old one): read again from the start. */
  @Transactional
  public DocumentView replaceFile(Caller caller, String slug, String fileName, byte[] bytes) {
    LegalDocument doc = access.owned(caller, slug);
    List<FieldError> errors = new ArrayList<>();
    String type = files.checkFile(fileName, bytes, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    files.storeFile(doc, fileName, type, bytes, false);
    return access.view(doc, caller);
  }

  /** Reads the same file again: after Seedbed's reader has been fixed, say. */
  @Transactional
  public DocumentView retry(Caller caller, String slug) {
    LegalDocument doc = access.owned(caller, slug);
    if (doc.status == LegalDocument.Status.WAITING || doc.status == LegalDocument.Status.READING) {
      return access.view(doc, caller);
    }
    doc.status = LegalDocument.Status.WAITING;
    doc.reason = null;
    doc.updatedAt = OffsetDateTime.now(clock);
    stored.fire(new ReadingQueue.DocumentStored(doc.id));
    return access.view(doc, caller);
  }

  @Transactional
  public void delete(Caller caller, String slug) {
    LegalDocument doc = access.owned(caller, slug);
    em.remove(doc);
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, doc.id));
  }
}
