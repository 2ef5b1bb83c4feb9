package coop.seedbed.guides;

import coop.seedbed.accounts.Caller;
import coop.seedbed.database.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds documents in the legal library: one, a list, its file, and for search its text. */
@ApplicationScoped
class FindDocuments {

  @PersistenceContext EntityManager em;
  @Inject LibraryAccess access;
  @Inject DocumentFiles files;

  /** A stored file, to be downloaded as it was uploaded. */
  public record DocumentFile(String fileName, String mediaType, byte[] bytes) {}

  /** A ready document for anyone; any document for whoever uploaded it, and staff. */
  public DocumentView find(Caller caller, String slug) {
    LegalDocument doc = access.bySlug(slug).orElseThrow(() -> LibraryAccess.notFound(slug));
    if (!doc.isPublic() && !LibraryAccess.mayManage(caller, doc)) {
      throw LibraryAccess.notFound(slug);
    }
    return access.view(doc, caller);
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
        .map(d -> access.view(d, caller))
        .toList();
  }

  /** The file as uploaded, for whoever may see the document. */
  public DocumentFile file(Caller caller, String slug) {
    LegalDocument doc = access.bySlug(slug).orElseThrow(() -> LibraryAccess.notFound(slug));
    if (!doc.isPublic() && !LibraryAccess.mayManage(caller, doc)) {
      throw LibraryAccess.notFound(slug);
    }
    return new DocumentFile(doc.fileName, doc.mediaType, files.bytes(doc.id));
  }

  /** The text read from a document, for search. */
  Optional<String> text(long id) {
    List<?> rows =
        em.createNativeQuery("select body from legal_document_text where document_id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(NativeValues.text(rows.get(0)));
  }

  Optional<LegalDocument> byId(long id) {
    return Optional.ofNullable(em.find(LegalDocument.class, id));
  }
}
