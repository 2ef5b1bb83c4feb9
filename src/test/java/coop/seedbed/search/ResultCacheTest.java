package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.junit.jupiter.api.Test;

/** Kept answers: reused while the index is the same, dropped when it changes or is crowded out. */
class ResultCacheTest {

  private final AtomicInteger computed = new AtomicInteger();
  private final IndexReader reader = anotherIndex();

  /** A reader of its own: the cache tells indexes apart by their readers. */
  private static IndexReader anotherIndex() {
    try {
      return new MultiReader();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static SearchQuery query(String text) {
    return SearchQuery.parse(Map.of("q", text));
  }

  private SearchResult answer(String text) {
    computed.incrementAndGet();
    return new SearchResult(text, 1, List.of(), Map.of(), null, null, 1, 10, "ready");
  }

  private SearchResult ask(ResultCache cache, IndexReader from, String text) throws Exception {
    return cache.get(from, query(text), () -> answer(text)).result();
  }

  @Test
  void theSameQueryOnTheSameIndex_isAnsweredOnce() throws Exception {
    ResultCache cache = new ResultCache(10);
    SearchResult first = ask(cache, reader, "bakery");
    assertThat(ask(cache, reader, "bakery")).isSameAs(first);
    assertThat(computed).hasValue(1);

    // A change to the index opens a new reader: the answer is found again.
    assertThat(ask(cache, anotherIndex(), "bakery")).isNotSameAs(first);
    assertThat(computed).hasValue(2);
  }

  @Test
  void aQueryAskedAgainAndAgainStays_andOneAskedOnceIsCrowdedOut() throws Exception {
    ResultCache cache = new ResultCache(4);
    ask(cache, reader, "popular");
    ask(cache, reader, "once");
    for (int i = 0; i < 20; i++) {
      ask(cache, reader, "other " + i);
      ask(cache, reader, "popular");
    }
    int before = computed.get();
    ask(cache, reader, "popular");
    assertThat(computed).as("popular is still kept").hasValue(before);
    ask(cache, reader, "once");
    assertThat(computed).as("once was dropped").hasValue(before + 1);
  }

  @Test
  void aFreshAnswer_isSearchedAgain_andReplacesTheKeptOne() throws Exception {
    ResultCache cache = new ResultCache(10);
    SearchResult kept = ask(cache, reader, "bakery");
    SearchResult fresh = cache.get(reader, query("bakery"), () -> answer("bakery"), true).result();
    assertThat(fresh).isNotSameAs(kept);
    assertThat(computed).hasValue(2);
    assertThat(ask(cache, reader, "bakery")).isSameAs(fresh);
    assertThat(computed).hasValue(2);
  }

  @Test
  void noCacheInTheRequest_asksForAFreshAnswer() {
    assertThat(SearchResource.noCache(null)).isFalse();
    assertThat(SearchResource.noCache("max-age=60")).isFalse();
    assertThat(SearchResource.noCache("no-cache")).isTrue();
    assertThat(SearchResource.noCache("max-age=60, No-Cache")).isTrue();
    assertThat(SearchResource.noCache("max-age=0")).isTrue();
    assertThat(SearchResource.noCache(" no-store ")).isTrue();
  }

  @Test
  void sizeZero_keepsNothing() throws Exception {
    ResultCache cache = new ResultCache(0);
    ask(cache, reader, "bakery");
    ask(cache, reader, "bakery");
    assertThat(computed).hasValue(2);
  }

  @Test
  void theJson_hasTheApisShape_andLeavesOutWhatIsNotThere() {
    SearchResult result =
        new SearchResult(
            "bakery leeds",
            42,
            List.of(
                new SearchResult.Hit(
                    "organisation",
                    "leeds-bread",
                    "Leeds Bread Co-op",
                    "/coops/leeds-bread",
                    "Worker co-op",
                    "A <mark>bakery</mark> in Leeds &amp; around",
                    2.5f,
                    3.2,
                    "Leeds",
                    "GB"),
                new SearchResult.Hit(
                    "guide", "g", "Start", "/guides/g", null, "", 0.1f, null, null, null)),
            Map.of("country", List.of(new SearchResult.FacetValue("GB", 40))),
            "bakery leeds",
            "Leeds, GB",
            1,
            10,
            "ready");

    JsonObject json =
        Json.createReader(new ByteArrayInputStream(ResultCache.write(result))).readObject();

    assertThat(json.getString("query")).isEqualTo("bakery leeds");
    assertThat(json.getInt("total")).isEqualTo(42);
    JsonObject first = json.getJsonArray("hits").getJsonObject(0);
    assertThat(first.getString("snippet")).isEqualTo("A <mark>bakery</mark> in Leeds &amp; around");
    assertThat(first.getJsonNumber("score").toString()).isEqualTo("2.5");
    assertThat(first.getJsonNumber("distanceKm").doubleValue()).isEqualTo(3.2);
    assertThat(first.getString("kind")).isEqualTo("Worker co-op");
    JsonObject second = json.getJsonArray("hits").getJsonObject(1);
    assertThat(second.keySet()).doesNotContain("distanceKm", "city", "country", "kind");
    assertThat(
            json.getJsonObject("facets").getJsonArray("country").getJsonObject(0).getInt("count"))
        .isEqualTo(40);
    assertThat(json.getString("suggestion")).isEqualTo("bakery leeds");
    assertThat(json.getString("place")).isEqualTo("Leeds, GB");
    assertThat(json.getString("state")).isEqualTo("ready");
    assertThat(json.getInt("page")).isEqualTo(1);
  }
}
