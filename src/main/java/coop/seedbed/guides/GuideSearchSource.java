package coop.seedbed.guides;

import coop.seedbed.search.SearchDocument;
import coop.seedbed.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Guides as search documents: title, summary and body as text; topics, audiences, legal forms and
 * places as tags; topic and jurisdiction (with each subdivision's country) as facets. A guide past
 * its review date ranks a little lower, since its facts may have moved.
 */
@ApplicationScoped
class GuideSearchSource implements SearchSource {

  static final String TYPE = "guide";
  static final double OVERDUE_RANK = 0.7;

  @Inject GuideLibrary library;
  @Inject Clock clock;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    return library.current().find(id).map(this::document);
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    library.current().all().forEach(guide -> sink.accept(document(guide)));
  }

  @Override
  public String label(String facet, String value) {
    return switch (facet) {
      case "topic" -> Vocabulary.TOPICS.get(value);
      case "jurisdiction" ->
          Vocabulary.isJurisdiction(value) ? Vocabulary.jurisdictionName(value) : null;
      default -> null;
    };
  }

  SearchDocument document(Guide guide) {
    List<String> tags = new ArrayList<>();
    guide.topics().forEach(t -> tags.add(Vocabulary.TOPICS.get(t)));
    guide.audience().forEach(a -> tags.add(Vocabulary.AUDIENCES.get(a)));
    tags.addAll(guide.legalForms());
    List<String> places = new ArrayList<>();
    for (String code : guide.jurisdictions()) {
      tags.add(Vocabulary.jurisdictionName(code));
      places.add(code);
      String country = Vocabulary.country(code);
      if (!places.contains(country)) {
        places.add(country);
      }
    }
    String country =
        guide.jurisdictions().size() == 1 ? Vocabulary.country(guide.jurisdictions().get(0)) : null;
    return new SearchDocument(
        TYPE,
        guide.slug(),
        guide.slug(),
        guide.title(),
        guide.url(),
        guide.isLegal() ? "Legal guide" : "Guide",
        guide.summary() + "\n\n" + guide.text(),
        tags,
        Map.of("topic", guide.topics(), "jurisdiction", places),
        null,
        country,
        null,
        null,
        guide.isDueForReview(LocalDate.now(clock)) ? OVERDUE_RANK : 1.0);
  }
}
