package coop.seedbed.guides;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a document by its address, and decides who may manage it (whoever uploaded it, and staff)
 * and so what they see of it.
 */
@ApplicationScoped
class LibraryAccess {

  @PersistenceContext EntityManager em;

  LegalDocument owned(Caller caller, String slug) {
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

  static boolean mayManage(Caller caller, LegalDocument doc) {
    return caller.isStaff()
        || caller.account().isPresent() && caller.account().get().equals(doc.uploadedBy);
  }

  Optional<LegalDocument> bySlug(String slug) {
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

  static NotFoundException notFound(String slug) {
    return new NotFoundException("There is no document \"" + slug + "\" in the library.");
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
