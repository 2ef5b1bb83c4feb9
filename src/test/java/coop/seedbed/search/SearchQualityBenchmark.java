package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Imports;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.SharedCoops;
import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Ndcg;
import coop.seedbed.testing.bench.PostgresFullText;
import coop.seedbed.testing.bench.Report;
import coop.seedbed.testing.bench.SyntheticCoops;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search quality (run with {@code ./mvnw -Pbench verify -Dit.test=SearchQualityBenchmark}): nDCG@10
 * of Seedbed's search and of PostgreSQL full-text search over the same published documents, for the
 * judged queries in {@code search/judged-queries.json}.
 */
@ExtendWith(ArquillianExtension.class)
class SearchQualityBenchmark {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  record Judged(String query, String why, Map<String, Integer> relevant) {}

  static List<Judged> judged() throws Exception {
    try (InputStream in =
            SearchQualityBenchmark.class.getResourceAsStream("/search/judged-queries.json");
        var reader = Json.createReader(in)) {
      List<Judged> queries = new ArrayList<>();
      for (JsonValue value : reader.readArray()) {
        JsonObject query = value.asJsonObject();
        Map<String, Integer> relevant = new LinkedHashMap<>();
        query
            .getJsonObject("relevant")
            .forEach((name, grade) -> relevant.put(name, ((JsonNumber) grade).intValue()));
        queries.add(new Judged(query.getString("query"), query.getString("why"), relevant));
      }
      return queries;
    }
  }

  @Test
  void ndcgAgainstPostgresFullText() throws Exception {
    Client staff = People.staff(base);
    List<String> lines = SharedCoops.seedbedLines(SharedData.require("coops/coops.jsonl"));
    Imports.run(staff, String.join("\n", lines), Duration.ofMinutes(30));

    List<JsonObject> listings = new ArrayList<>();
    for (String line : new Client(base).get("/api/organisations/export.jsonl").body().split("\n")) {
      try (var reader = Json.createReader(new StringReader(line))) {
        listings.add(reader.readObject());
      }
    }
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                new Client(base).get("/api/search?type=organisation&size=1").json().getInt("total")
                    == listings.size());

    // Judged names that are not published (duplicates the import refused) count for neither side.
    Set<String> published = new HashSet<>();
    listings.forEach(l -> published.add(l.getString("name")));

    List<Judged> queries = new ArrayList<>();
    for (Judged judgedQuery : judged()) {
      Map<String, Integer> relevant = new LinkedHashMap<>(judgedQuery.relevant());
      relevant.keySet().retainAll(published);
      queries.add(new Judged(judgedQuery.query(), judgedQuery.why(), relevant));
    }
    double[] seedbed = seedbedNdcg(queries);
    double[] postgres = new double[queries.size()];
    try (PostgresFullText fullText = new PostgresFullText()) {
      fullText.load(listings);
      for (int i = 0; i < queries.size(); i++) {
        postgres[i] = Ndcg.at10(fullText.top10(queries.get(i).query()), queries.get(i).relevant());
      }
    }

    // The same queries with made-up listings mixed in, drawn from the real records' names, places
    // and words: at a directory's real size a judged listing must still reach the first ten.
    int lookAlikes = Integer.getInteger("it.quality.look-alikes", 100_000);
    double[] mixed = null;
    double[] condensed = null;
    if (lookAlikes > 0) {
      try (Connection db = SearchBenchmark.database();
          Statement statement = db.createStatement()) {
        SearchBenchmark.write(
            db,
            new SyntheticCoops(lines).generate(SearchBenchmark.FIRST_ID, lookAlikes, lookAlikes),
            0);
        statement.execute("analyze organisation");
      }
      SearchBenchmark.rebuild(base);
      mixed = seedbedNdcg(queries);
      condensed = condensedNdcg(queries, published);
    }

    List<String> report = new ArrayList<>();
    report.add(
        "Search quality: nDCG@10 over "
            + queries.size()
            + " judged queries, "
            + listings.size()
            + " published listings"
            + (mixed == null
                ? ""
                : String.format(", then with %,d look-alikes mixed in", lookAlikes)));
    report.add("");
    report.add(
        "| query | why | Seedbed | PostgreSQL FTS |"
            + (mixed == null
                ? ""
                : " Seedbed with look-alikes | the same, look-alikes passed over |"));
    report.add("|---|---|---|---|" + (mixed == null ? "" : "---|---|"));
    for (int i = 0; i < queries.size(); i++) {
      report.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f | %.3f |%s",
              queries.get(i).query(),
              queries.get(i).why(),
              seedbed[i],
              postgres[i],
              mixed == null
                  ? ""
                  : String.format(Locale.ROOT, " %.3f | %.3f |", mixed[i], condensed[i])));
    }
    report.add(
        String.format(
            Locale.ROOT,
            "| **mean** | | **%.3f** | **%.3f** |%s",
            mean(seedbed),
            mean(postgres),
            mixed == null
                ? ""
                : String.format(
                    Locale.ROOT, " **%.3f** | **%.3f** |", mean(mixed), mean(condensed))));
    if (mixed != null) {
      report.add("");
      report.add(
          "Look-alikes are not judged, so one that deserves its place counts as a miss in the"
              + " first column; the second passes over them (a condensed list: the real listings"
              + " among the first 100 hits, in Seedbed's order) and so shows whether the real"
              + " ones keep their order when a hundred thousand others compete.");
    }
    Report.write("search-quality", report);
    assertThat(mean(seedbed))
        .as("Seedbed scores higher than PostgreSQL full-text search")
        .isGreaterThan(mean(postgres));
  }

  /** Seedbed's nDCG@10 for each query, asked over HTTP as a visitor would. */
  private double[] seedbedNdcg(List<Judged> queries) {
    double[] scores = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      JsonArray hits =
          new Client(base)
              .get(
                  "/api/search?type=organisation&size=10&q="
                      + URLEncoder.encode(queries.get(i).query(), StandardCharsets.UTF_8))
              .json()
              .getJsonArray("hits");
      List<String> titles =
          hits.getValuesAs(JsonObject.class).stream().map(h -> h.getString("title")).toList();
      scores[i] = Ndcg.at10(titles, queries.get(i).relevant());
    }
    return scores;
  }

  /** nDCG@10 of the real listings among Seedbed's first 100 hits, look-alikes passed over. */
  private double[] condensedNdcg(List<Judged> queries, Set<String> real) {
    double[] scores = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      List<String> titles = new ArrayList<>();
      for (int page = 1; page <= 2 && titles.size() < 10; page++) {
        JsonArray hits =
            new Client(base)
                .get(
                    "/api/search?type=organisation&size=50&page="
                        + page
                        + "&q="
                        + URLEncoder.encode(queries.get(i).query(), StandardCharsets.UTF_8))
                .json()
                .getJsonArray("hits");
        hits.getValuesAs(JsonObject.class).stream()
            .map(h -> h.getString("title"))
            .filter(real::contains)
            .forEach(titles::add);
      }
      scores[i] =
          Ndcg.at10(titles.subList(0, Math.min(10, titles.size())), queries.get(i).relevant());
    }
    return scores;
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(0);
  }
}
