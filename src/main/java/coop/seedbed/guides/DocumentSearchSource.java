package coop.seedbed.guides;

import coop.seedbed.search.SearchDocument;
import coop.seedbed.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Documents whose text has been read, as search documents: title and summary first, then the text;
 * topics, place and licence as tags; topic and jurisdiction as facets, like guides.
 */
@ApplicationScoped
class DocumentSearchSource implements SearchSource {

  static final String TYPE = "document";
  private static final int BATCH = 100;

  @Inject FindDocuments documents;
  @PersistenceContext EntityManager em;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    try {
      long key = Long.parseLong(id);
      return documents
          .byId(key)
          .filter(LegalDocument::isPublic)
          .map(doc -> document(doc, documents.text(key).orElse("")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    long last = 0;
    List<LegalDocument> batch;
    do {
      batch =
          em.createQuery(
                  "select d from LegalDocument d where d.status = :ready and d.id > :last"
                      + " order by d.id",
                  LegalDocument.class)
              .setParameter("ready", LegalDocument.Status.READY)
              .setParameter("last", last)
              .setMaxResults(BATCH)
              .getResultList();
      for (LegalDocument doc : batch) {
        sink.accept(document(doc, documents.text(doc.id).orElse("")));
        last = doc.id;
      }
    } while (batch.size() == BATCH);
  }

  static SearchDocument document(LegalDocument doc, String text) {
    List<String> tags = new ArrayList<>();
    doc.topicList().forEach(t -> tags.add(Vocabulary.TOPICS.getOrDefault(t, t)));
    List<String> places = new ArrayList<>();
    if (doc.jurisdiction != null) {
      tags.add(Vocabulary.jurisdictionName(doc.jurisdiction));
      places.add(doc.jurisdiction);
      if (!places.contains(Vocabulary.country(doc.jurisdiction))) {
        places.add(Vocabulary.country(doc.jurisdiction));
      }
    }
    tags.add(doc.licence);
    return new SearchDocument(
        TYPE,
        String.valueOf(doc.id),
        doc.slug,
        doc.title,
        "/documents/" + doc.slug,
        "Legal document",
        doc.summary + "\n\n" + text,
        tags,
        Map.of("topic", doc.topicList(), "jurisdiction", places),
        null,
        doc.jurisdiction == null ? null : Vocabulary.country(doc.jurisdiction),
        null,
        null,
        1.0);
  }
}
