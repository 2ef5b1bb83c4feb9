package coop.seedbed.directory;

import coop.seedbed.search.SearchDocument;
import coop.seedbed.search.SearchSource;
import coop.seedbed.shared.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Published listings as search documents: the name as title; kind, place, sectors, services and
 * technologies as tags; the description as body; kind, country, sector and technology as facets. An
 * unconfirmed listing ranks at half weight.
 */
@ApplicationScoped
class OrganisationSearchSource implements SearchSource {

  static final String TYPE = "organisation";
  static final double UNCONFIRMED_RANK = 0.5;
  private static final int BATCH = 1000;

  @Inject Organisations organisations;
  @PersistenceContext EntityManager em;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    return Optional.ofNullable(findAll(List.of(id)).get(id));
  }

  @Override
  public Map<String, SearchDocument> findAll(List<String> ids) {
    List<Long> keys = new ArrayList<>();
    for (String id : ids) {
      try {
        keys.add(Long.parseLong(id));
      } catch (NumberFormatException e) {
        // Not a listing's id: nothing to find.
      }
    }
    Map<String, SearchDocument> found = new HashMap<>();
    for (Organisation org : organisations.findAll(keys)) {
      if (org.isPublished()) {
        found.put(String.valueOf(org.id), document(org));
      }
    }
    return found;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    long last = 0;
    List<Organisation> batch;
    do {
      batch = organisations.publishedAfter(last, BATCH);
      for (Organisation org : batch) {
        sink.accept(document(org));
        last = org.id;
      }
    } while (batch.size() == BATCH);
  }

  @Override
  public String label(String facet, String value) {
    return facet.equals("kind") ? Kind.fromCode(value).map(Kind::label).orElse(null) : null;
  }

  @Override
  public List<Place> places() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select max(city), country, avg(latitude), avg(longitude), count(*) from organisation"
                    + " where status = 'PUBLISHED' and city_key is not null and latitude is not null"
                    + " group by city_key, country having count(*) >= 2 order by count(*) desc")
            .getResultList();
    List<Place> places = new ArrayList<>();
    for (Object[] row : rows) {
      places.add(
          new Place(
              (String) row[0],
              (String) row[1],
              ((Number) row[2]).doubleValue(),
              ((Number) row[3]).doubleValue()));
    }
    return places;
  }

  static SearchDocument document(Organisation org) {
    List<String> tags = new ArrayList<>();
    tags.add(org.kind.label());
    addIfPresent(tags, org.city);
    addIfPresent(tags, org.region);
    if (org.country != null) {
      tags.add(Countries.name(org.country));
    }
    tags.addAll(org.sectors);
    tags.addAll(org.services);
    tags.addAll(org.technologies);
    if (org.hiring) {
      tags.add("hiring");
    }
    if (org.acceptingMembers) {
      tags.add("accepting new members");
    }
    if (org.remote) {
      tags.add("remote");
    }
    Map<String, List<String>> facets =
        Map.of(
            "kind",
            List.of(org.kind.code()),
            "country",
            org.country == null ? List.of() : List.of(org.country),
            "sector",
            org.sectors,
            "technology",
            org.technologies);
    return new SearchDocument(
        TYPE,
        String.valueOf(org.id),
        org.slug,
        org.name,
        "/coops/" + org.slug,
        org.kind.label(),
        Markdown.toPlainText(org.description, Integer.MAX_VALUE),
        tags,
        facets,
        org.city,
        org.country,
        org.latitude,
        org.longitude,
        org.unconfirmed ? UNCONFIRMED_RANK : 1.0);
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }
}
