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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    java.util.Set<String> published = new java.util.HashSet<>();
    listings.forEach(l -> published.add(l.getString("name")));

    List<String> report = new ArrayList<>();
    report.add(
        "Search quality: nDCG@10 over "
            + judged().size()
            + " judged queries, "
            + listings.size()
            + " published listings");
    report.add("");
    report.add("| query | why | Seedbed | PostgreSQL FTS |");
    report.add("|---|---|---|---|");
    double seedbedSum = 0;
    double postgresSum = 0;
    try (PostgresFullText postgres = new PostgresFullText()) {
      postgres.load(listings);
      for (Judged judgedQuery : judged()) {
        Map<String, Integer> relevant = new LinkedHashMap<>(judgedQuery.relevant());
        relevant.keySet().retainAll(published);
        Judged query = new Judged(judgedQuery.query(), judgedQuery.why(), relevant);
        JsonArray hits =
            new Client(base)
                .get(
                    "/api/search?type=organisation&size=10&q="
                        + URLEncoder.encode(query.query(), StandardCharsets.UTF_8))
                .json()
                .getJsonArray("hits");
        List<String> seedbed =
            hits.getValuesAs(JsonObject.class).stream().map(h -> h.getString("title")).toList();
        double s = Ndcg.at10(seedbed, query.relevant());
        double p = Ndcg.at10(postgres.top10(query.query()), query.relevant());
        seedbedSum += s;
        postgresSum += p;
        report.add(String.format("| %s | %s | %.3f | %.3f |", query.query(), query.why(), s, p));
      }
    }
    int n = judged().size();
    report.add(
        String.format("| **mean** | | **%.3f** | **%.3f** |", seedbedSum / n, postgresSum / n));
    Report.write("search-quality", report);
    assertThat(seedbedSum)
        .as("Seedbed scores higher than PostgreSQL full-text search")
        .isGreaterThan(postgresSum);
  }
}
