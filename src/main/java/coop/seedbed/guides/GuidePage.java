package coop.seedbed.guides;

import coop.seedbed.http.Pages;
import coop.seedbed.search.SearchQuery;
import coop.seedbed.search.SearchResult;
import coop.seedbed.search.SearchService;
import coop.seedbed.shared.SeedbedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /guides/{slug}}: one guide with its table of contents, the notice every legal guide
 * carries, its sources, related guides, and listings from the directory that fit it (co-ops of the
 * kind it is about, or legal advisers and developers in its country).
 */
@Named
@RequestScoped
public class GuidePage {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final int LISTINGS = 4;

  @Inject GuideLibrary library;
  @Inject SearchService search;
  @Inject Clock clock;

  private String slug;
  private Guide guide;
  private List<SearchResult.Hit> listings;
  private String listingsHref;

  public void load() {
    guide = slug == null ? null : library.current().find(slug).orElse(null);
    if (guide == null) {
      Pages.notFound();
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Guide getGuide() {
    return guide;
  }

  public String getLastReviewed() {
    return DAY.format(guide.lastReviewed());
  }

  public String getReviewBy() {
    return DAY.format(guide.reviewBy());
  }

  public boolean isDueForReview() {
    return guide.isDueForReview(LocalDate.now(clock));
  }

  public List<String> getTopicLabels() {
    return guide.topics().stream().map(t -> Vocabulary.TOPICS.getOrDefault(t, t)).toList();
  }

  public List<String> getJurisdictionNames() {
    return guide.jurisdictions().stream().map(Vocabulary::jurisdictionName).toList();
  }

  public List<Guide> getRelated() {
    List<Guide> related = new ArrayList<>();
    for (String other : guide.related()) {
      library.current().find(other).ifPresent(related::add);
    }
    return related;
  }

  public List<SearchResult.Hit> getListings() {
    if (listings == null) {
      listings = new ArrayList<>();
      String country =
          guide.jurisdictions().isEmpty() ? null : Vocabulary.country(guide.jurisdictions().get(0));
      for (String kind : listingKinds(guide)) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", "organisation");
        params.put("kind", kind);
        if (country != null) {
          params.put("country", country);
        }
        params.put("size", String.valueOf(LISTINGS));
        try {
          for (SearchResult.Hit hit : search.search(SearchQuery.parse(params)).hits()) {
            if (listings.size() < LISTINGS) {
              listings.add(hit);
            }
          }
        } catch (SeedbedException e) {
          // Search still being built: the guide shows without listings rather than failing.
          break;
        }
        if (listingsHref == null) {
          listingsHref = "/coops?kind=" + kind + (country == null ? "" : "&country=" + country);
        }
        if (listings.size() >= LISTINGS) {
          break;
        }
      }
    }
    return listings;
  }

  public String getListingsHref() {
    getListings();
    return listingsHref == null ? "/coops" : listingsHref;
  }

  public String getListingsTitle() {
    return guide.isLegal() || guide.topics().contains("money")
        ? "Who can help, from the directory"
        : "Co-ops like this in the directory";
  }

  /**
   * Which kinds of listing fit a guide: the kind of co-op it is about, or for legal, money and
   * conversion guides the advisers, developers and funders who help with exactly that.
   */
  static List<String> listingKinds(Guide guide) {
    List<String> kinds = new ArrayList<>();
    String slug = guide.slug();
    if (slug.contains("platform")) {
      kinds.add("platform");
    }
    if (slug.contains("multi-stakeholder")) {
      kinds.add("multi-stakeholder");
    }
    if (slug.contains("consumer")) {
      kinds.add("consumer");
    }
    if (slug.contains("worker") || guide.audience().contains("tech-workers") && kinds.isEmpty()) {
      kinds.add("worker");
    }
    if (guide.isLegal()) {
      kinds.addAll(List.of("legal-adviser", "developer", "network"));
    }
    if (guide.topics().contains("money")) {
      kinds.addAll(List.of("funder", "developer"));
    }
    if (guide.topics().contains("conversion")) {
      kinds.add("developer");
    }
    if (kinds.isEmpty()) {
      kinds.addAll(List.of("network", "developer"));
    }
    return kinds.stream().distinct().toList();
  }
}
