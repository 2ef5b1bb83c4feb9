package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching an index in memory: exact hits, orders and facet counts. */
class SearchServiceTest {

  private final SearchService search = new SearchService();
  private final Suggestions suggestions = new Suggestions();
  private final IndexStore store = new IndexStore();

  private static SearchDocument org(
      String id,
      String name,
      String kind,
      String country,
      String city,
      Double lat,
      Double lon,
      String body,
      List<String> sectors,
      double rank) {
    return new SearchDocument(
        "organisation",
        id,
        id,
        name,
        "/coops/" + id,
        kind + " co-op",
        body,
        new ArrayList<>(List.of(kind + " co-op", city == null ? "" : city)),
        Map.of("kind", List.of(kind), "country", List.of(country), "sector", sectors),
        city,
        country,
        lat,
        lon,
        rank);
  }

  @BeforeEach
  void index() throws Exception {
    store.openInMemory();
    search.store = store;
    suggestions.store = store;
    search.indexing = new Indexing();
    search.stats = new QueryStats();
    Gazetteer gazetteer = new Gazetteer();
    gazetteer.clock = Clock.systemUTC();
    gazetteer.use(
        List.of(
            new SearchSource.Place("Manchester", "GB", 53.4808, -2.2426),
            new SearchSource.Place("Leeds", "GB", 53.8008, -1.5491)));
    search.gazetteer = gazetteer;
    store.apply(
        List.of(
            org(
                "outlandish",
                "Outlandish",
                "worker",
                "GB",
                "London",
                51.5276,
                -0.0777,
                "A worker co-operative that builds websites and data tools for charities.",
                List.of("Technology"),
                1),
            org(
                "mcr-web",
                "Manchester Web Makers",
                "worker",
                "GB",
                "Manchester",
                53.48,
                -2.24,
                "We are a web development co-op in Manchester, owned by our developers.",
                List.of("Technology"),
                1),
            org(
                "salford-code",
                "Salford Code Collective",
                "worker",
                "GB",
                "Salford",
                53.4875,
                -2.2901,
                "Software development for social enterprises, run as a cooperative.",
                List.of("Technology"),
                1),
            org(
                "leeds-homes",
                "Leeds Homes",
                "housing",
                "GB",
                "Leeds",
                53.80,
                -1.55,
                "A housing co-op in Leeds where members manage their own homes.",
                List.of("Housing"),
                1),
            org(
                "livraison-lyon",
                "Vélo Lyon",
                "worker",
                "FR",
                "Lyon",
                45.76,
                4.83,
                "Coopérative de livraisons à vélo dans le centre de Lyon.",
                List.of("Transport"),
                1),
            org(
                "stale-web",
                "Stale Web Co-op",
                "worker",
                "GB",
                "London",
                null,
                null,
                "We are a web development co-op in London, owned by our developers.",
                List.of("Technology"),
                0.5),
            org(
                "fresh-web",
                "Fresh Web Co-op",
                "worker",
                "GB",
                "London",
                null,
                null,
                "We are a web development co-op in London, owned by our developers.",
                List.of("Technology"),
                1),
            org(
                "evil",
                "Script <b>Kiddies</b>",
                "worker",
                "GB",
                "York",
                null,
                null,
                "Description with <script>alert(1)</script> in it about web work.",
                List.of("Technology"),
                1)),
        List.of(),
        1);
  }

  private SearchResult find(String... keysAndValues) {
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return search.search(SearchQuery.parse(params));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  /**
   * Facet counts need a per-reader state, and distance filters keep their weights per reader; one
   * is made for each refreshed reader, and what a closed reader had must not be kept (a weak map
   * did not let go: the state holds its reader, and so its key).
   */
  @Test
  void perReaderState_ofClosedReaders_isLetGo() throws Exception {
    for (int change = 0; change < 40; change++) {
      store.apply(
          List.of(), List.of(SearchDocument.key("organisation", "nothing-" + change)), 3 + change);
      find("q", "coop");
      find("q", "coop", "near", "53.48,-2.24");
    }
    System.gc();

    assertThat(search.facetCounts.statesHeld()).isLessThanOrEqualTo(2);
    assertThat(search.distanceFilters.readersHeld()).isLessThanOrEqualTo(2);
  }

  @Test
  void anExactName_comesFirst() {
    assertThat(ids(find("q", "outlandish"))).first().isEqualTo("outlandish");
    assertThat(ids(find("q", "Leeds Homes"))).first().isEqualTo("leeds-homes");
  }

  @Test
  void everySpellingOfCoop_findsTheSameListings() {
    List<String> coop = ids(find("q", "coop", "size", "50"));
    assertThat(coop).contains("outlandish", "salford-code", "leeds-homes", "livraison-lyon");
    assertThat(ids(find("q", "co-operative", "size", "50")))
        .containsExactlyInAnyOrderElementsOf(coop);
    assertThat(ids(find("q", "Cooperatives", "size", "50")))
        .containsExactlyInAnyOrderElementsOf(coop);
  }

  @Test
  void misspelledWords_stillFind_andTheBetterSpellingIsOffered() {
    SearchResult result = find("q", "cooprative websites");
    assertThat(ids(result)).first().isEqualTo("outlandish");
    assertThat(result.suggestion()).isEqualTo("cooperative websites");
  }

  @Test
  void aPlaceNameInTheQuery_searchesNearIt_evenMisspelled() {
    SearchResult result = find("q", "web coop manchster");
    assertThat(result.place()).isEqualTo("Manchester, GB");
    assertThat(ids(result)).containsExactly("mcr-web");
    assertThat(result.hits().get(0).distanceKm()).isLessThan(1.0);
  }

  @Test
  void near_filtersByDistance_andSortsByIt() {
    SearchResult result = find("near", "53.48,-2.24", "radiusKm", "10", "sort", "distance");
    assertThat(ids(result)).containsExactly("mcr-web", "salford-code");
    assertThat(result.hits().get(1).distanceKm()).isBetween(2.0, 5.0);
  }

  @Test
  void keptDistanceFilters_stillTellPlacesAndRadiiApart() {
    String[] wide = {"near", "53.48,-2.24", "radiusKm", "10", "sort", "distance"};
    assertThat(ids(find(wide))).containsExactly("mcr-web", "salford-code");
    assertThat(ids(find("near", "53.48,-2.24", "radiusKm", "1", "sort", "distance")))
        .containsExactly("mcr-web");
    assertThat(ids(find("near", "45.76,4.84", "radiusKm", "10", "sort", "distance")))
        .containsExactly("livraison-lyon");
    assertThat(ids(find(wide))).containsExactly("mcr-web", "salford-code");
  }

  @Test
  void otherLanguages_matchTheirOwnWords() {
    assertThat(ids(find("q", "livraison"))).containsExactly("livraison-lyon");
    assertThat(ids(find("q", "velo"))).containsExactly("livraison-lyon");
  }

  @Test
  void unconfirmedListings_rankBelowOtherwiseEqualOnes() {
    List<String> hits = ids(find("q", "web development london"));
    assertThat(hits.indexOf("fresh-web")).isLessThan(hits.indexOf("stale-web"));
  }

  @Test
  void facets_countEachValue_andAChosenValueKeepsItsSiblingsCounts() {
    SearchResult all = find("q", "coop");
    assertThat(all.facets().get("kind"))
        .extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple("worker", 7L),
            org.assertj.core.groups.Tuple.tuple("housing", 1L));
    SearchResult workers = find("q", "coop", "kind", "worker");
    assertThat(workers.total()).isEqualTo(7);
    assertThat(workers.facets().get("kind"))
        .extracting(SearchResult.FacetValue::value)
        .contains("housing");
    assertThat(workers.facets().get("country"))
        .extracting(SearchResult.FacetValue::value, SearchResult.FacetValue::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("GB", 6L),
            org.assertj.core.groups.Tuple.tuple("FR", 1L));
  }

  @Test
  void paging_returnsEachHitOnce() {
    SearchResult first = find("q", "coop", "size", "3");
    SearchResult second = find("q", "coop", "size", "3", "page", "2");
    assertThat(first.hits()).hasSize(3);
    assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    assertThat(first.total()).isEqualTo(second.total());
  }

  @Test
  void snippets_markTheMatch_andEscapeEverythingElse() {
    SearchResult result = find("q", "script web work");
    SearchResult.Hit hit =
        result.hits().stream().filter(h -> h.id().equals("evil")).findFirst().orElseThrow();
    assertThat(hit.snippet())
        .contains("<mark>")
        .doesNotContain("<script>")
        .contains("&lt;<mark>script</mark>&gt;");
  }

  /** The words' postings are read once for a whole page; every hit of it is still marked. */
  @Test
  void snippets_markTheWordsInEveryHitOfAPage() {
    List<SearchResult.Hit> hits = find("q", "web development").hits();
    assertThat(hits).extracting(SearchResult.Hit::id).contains("mcr-web", "stale-web", "fresh-web");
    for (SearchResult.Hit hit : hits) {
      assertThat(hit.snippet())
          .as(hit.id())
          .contains("<mark>web</mark>")
          .contains("<mark>development</mark>");
    }
    // Every listing is tagged "... co-op"; these five also say it in their text, as written.
    Map<String, String> coops = new HashMap<>();
    find("q", "coop", "size", "50").hits().forEach(hit -> coops.put(hit.id(), hit.snippet()));
    for (String id : List.of("mcr-web", "salford-code", "leeds-homes", "stale-web", "fresh-web")) {
      assertThat(coops.get(id)).as(id).containsPattern("<mark>co-?op");
    }
    List<SearchResult.Hit> secondPage =
        find("q", "web development", "size", "1", "page", "2").hits();
    assertThat(secondPage).hasSize(1);
    assertThat(secondPage.get(0).snippet()).contains("<mark>web</mark>");
  }

  @Test
  void highlights_fallOnTheWordsAsWritten_evenAfterFoldedPhrases() {
    SearchResult.Hit hit =
        find("q", "websites").hits().stream()
            .filter(h -> h.id().equals("outlandish"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.snippet())
        .contains("A worker co-operative that builds <mark>websites</mark> and data tools");
  }

  @Test
  void hostileQueries_answerCleanly() {
    for (String hostile :
        List.of(
            "\"",
            "*",
            "(",
            ")",
            "\\",
            "title:x AND",
            "~~~",
            "NOT",
            "a".repeat(10_000),
            "web\u0000\u0007\u001bcoop",
            "[*]",
            "{}",
            "?")) {
      assertThatCode(() -> find("q", hostile))
          .as(hostile.length() > 20 ? "a long query" : hostile)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void suggestions_completeNamesAndTopicsByPrefix() {
    assertThat(suggestions.suggest("outl", 5))
        .extracting(Suggestions.Suggestion::text)
        .containsExactly("Outlandish");
    assertThat(suggestions.suggest("Manch", 5))
        .extracting(Suggestions.Suggestion::text)
        .contains("Manchester Web Makers");
    assertThat(suggestions.suggest("tech", 5))
        .extracting(Suggestions.Suggestion::text)
        .contains("Technology");
    assertThat(suggestions.suggest("o", 5)).isEmpty();
  }

  @Test
  void deletedDocuments_areGoneAtOnce() throws Exception {
    store.apply(List.of(), List.of(SearchDocument.key("organisation", "outlandish")), 2);
    assertThat(ids(find("q", "outlandish"))).doesNotContain("outlandish");
    assertThat(suggestions.suggest("outl", 5)).isEmpty();
  }
}
