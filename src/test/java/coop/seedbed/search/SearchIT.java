package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Imports;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search over HTTP against the real WAR: the index follows the directory within a second, and
 * facets, distance, paging, typos, completions, rebuilds and hostile queries behave.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  private Client anyone() {
    return new Client(base);
  }

  private Client staff() {
    return People.staff(base);
  }

  /** A word nobody else uses, so that each test finds only its own listings. */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16) % 26));
    }
    return word.toString();
  }

  private JsonObject search(String query) {
    Answer answer = anyone().get("/api/search?" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> titles(JsonObject result) {
    return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getString("title"))
        .toList();
  }

  private void importLines(List<String> lines) {
    assertThat(Imports.run(staff(), lines).getInt("refused")).isZero();
  }

  /** Waits (at most the second the index is allowed) until a search finds {@code total} hits. */
  private void awaitTotal(String query, int total) {
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> search(query).getInt("total") == total);
  }

  private static JsonObjectBuilder listing(String externalId, String name) {
    return Json.createObjectBuilder()
        .add("externalId", "search-it:" + externalId)
        .add("name", name)
        .add("kind", "worker");
  }

  /**
   * A transaction that takes its change-log entry early and commits late, after hundreds of later
   * entries were applied (a slow import batch, a lock wait, a pause), is still indexed. It is
   * written here as the application writes an edit, holding it open over JDBC; PostgreSQL only,
   * where several instances share the log.
   */
  @Test
  void anEditCommittedLate_afterHundredsOfLaterChanges_isStillIndexed() throws Exception {
    String url = System.getenv("SEEDBED_DB_URL");
    assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "PostgreSQL only");
    String held = word();
    importLines(List.of(listing("held-" + held, "Held " + held + " Co-op").build().toString()));
    await().atMost(Duration.ofSeconds(30)).until(() -> search(q(held)).getInt("total") == 1);
    String late = word();
    try (Connection db =
        DriverManager.getConnection(
            url, System.getenv("SEEDBED_DB_USER"), System.getenv("SEEDBED_DB_PASSWORD"))) {
      db.setAutoCommit(false);
      long id;
      try (PreparedStatement edit =
          db.prepareStatement(
              "update organisation set description = ? where external_id = ? returning id")) {
        edit.setString(1, "Bakers, and now " + late + " too.");
        edit.setString(2, "search-it:held-" + held);
        try (ResultSet row = edit.executeQuery()) {
          assertThat(row.next()).isTrue();
          id = row.getLong(1);
        }
      }
      try (PreparedStatement logged =
          db.prepareStatement(
              "insert into search_change (seq, type, doc_id, changed_at)"
                  + " values (nextval('search_change_seq'), 'organisation', ?, now())")) {
        logged.setString(1, String.valueOf(id));
        logged.executeUpdate();
      }
      String crowd = word();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        lines.add(listing(crowd + "-" + i, "Crowd " + crowd + " " + i).build().toString());
      }
      importLines(lines);
      await().atMost(Duration.ofSeconds(30)).until(() -> search(q(crowd)).getInt("total") == 400);
      db.commit();
    }
    await()
        .atMost(Duration.ofSeconds(3))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> search(q(late)).getInt("total") == 1);
  }

  @Test
  void aListing_isFoundWithinASecondOfPublishing_byItsNewWordsAfterAnEdit_andNotOnceUnpublished() {
    Client member = People.verified(base, Mailbox.newAddress("searchable"));
    String first = word();
    String second = word();
    String name = "Searchable " + first + " Co-op";
    java.util.function.Function<String, JsonObject> listing =
        description ->
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "worker")
                .add("country", "GB")
                .add("affirmStandards", true)
                .add("website", "https://" + first + ".example.org")
                .add("description", description)
                .build();
    String slug =
        member
            .postJson(
                "/api/organisations", listing.apply("We build websites and " + first + " tools."))
            .json()
            .getString("slug");
    assertThat(search(q(first)).getInt("total")).as("a pending listing is not found").isZero();

    staff().postJson("/api/admin/organisations/" + slug + "/approval", "{}");
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> titles(search(q(first))).contains(name));

    member.send(
        member
            .request("/api/organisations/" + slug)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    listing.apply("Now we grow " + second + " vegetables.").toString())));
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> titles(search(q(second))).contains(name));
    JsonObject hit = search(q(second)).getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("type")).isEqualTo("organisation");
    assertThat(hit.getString("id")).isEqualTo(slug);
    assertThat(hit.getString("url")).isEqualTo("/coops/" + slug);
    assertThat(hit.getString("snippet")).contains("<mark>" + second + "</mark>");
    assertThat(search(q("websites " + first)).getInt("total"))
        .as("the old description is gone")
        .isZero();

    member.send(
        member
            .request("/api/organisations/" + slug + "/status")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"unpublished\"}")));
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> search(q(second)).getInt("total") == 0);
  }

  @Test
  void facets_countValues_andAChosenKindKeepsTheOtherKindsCounts() {
    String tag = word();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add(
          listing(tag + i, tag + " Workers " + i)
              .add("country", i < 3 ? "DE" : "AT")
              .build()
              .toString());
    }
    lines.add(
        listing(tag + "h", tag + " Homes")
            .add("kind", "housing")
            .add("country", "DE")
            .build()
            .toString());
    importLines(lines);
    awaitTotal(q(tag), 6);

    JsonObject all = search(q(tag));
    assertThat(all.getInt("total")).isEqualTo(6);
    assertThat(all.getJsonObject("facets").getJsonArray("kind").toString())
        .contains("{\"count\":5,\"value\":\"worker\"}")
        .contains("{\"count\":1,\"value\":\"housing\"}");
    JsonObject workers = search(q(tag) + "&kind=worker");
    assertThat(workers.getInt("total")).isEqualTo(5);
    assertThat(workers.getJsonObject("facets").getJsonArray("kind").toString())
        .as("drill sideways")
        .contains("housing");
    assertThat(workers.getJsonObject("facets").getJsonArray("country").toString())
        .contains("{\"count\":3,\"value\":\"DE\"}")
        .contains("{\"count\":2,\"value\":\"AT\"}");
    assertThat(search(q(tag) + "&kind=worker&country=at").getInt("total")).isEqualTo(2);

    JsonObject page1 = search(q(tag) + "&size=4");
    JsonObject page2 = search(q(tag) + "&size=4&page=2");
    assertThat(page1.getJsonArray("hits")).hasSize(4);
    assertThat(page2.getJsonArray("hits")).hasSize(2);
    assertThat(titles(page1)).doesNotContainAnyElementsOf(titles(page2));
  }

  @Test
  void near_filtersByDistance_andSortsNearestFirst() {
    String tag = word();
    importLines(
        List.of(
            listing(tag + "a", tag + " Far")
                .add("latitude", -76.0)
                .add("longitude", 0.0)
                .build()
                .toString(),
            listing(tag + "b", tag + " Near")
                .add("latitude", -75.0)
                .add("longitude", 0.0)
                .build()
                .toString(),
            listing(tag + "c", tag + " Nearby")
                .add("latitude", -75.05)
                .add("longitude", 0.02)
                .build()
                .toString()));
    awaitTotal(q(tag), 3);
    JsonObject near = search(q(tag) + "&near=-75.01,0&radiusKm=20&sort=distance");
    assertThat(titles(near)).containsExactly(tag + " Near", tag + " Nearby");
    assertThat(near.getJsonArray("hits").getJsonObject(0).getJsonNumber("distanceKm").doubleValue())
        .isLessThan(2);
  }

  @Test
  void aMisspelledQuery_findsItsListing_andOffersTheRightSpelling() {
    String right = "bluebottle" + word().substring(2, 6);
    importLines(
        List.of(
            listing(right, "The " + right + " Bakery")
                .add("description", "Bread from the " + right + " ovens.")
                .build()
                .toString()));
    awaitTotal(q(right), 1);
    String wrong = right.substring(0, 4) + right.substring(5);
    JsonObject result = search(q(wrong + " bakery"));
    assertThat(titles(result)).contains("The " + right + " Bakery");
    assertThat(result.getString("suggestion")).isEqualTo(right + " bakery");
  }

  @Test
  void completions_offerNamesByPrefix() {
    String tag = word();
    importLines(List.of(listing(tag, tag.toUpperCase() + " Collective").build().toString()));
    await()
        .atMost(Duration.ofSeconds(1))
        .until(
            () ->
                anyone()
                    .get("/api/search/suggest?q=" + tag.substring(0, 6))
                    .body()
                    .contains(tag.toUpperCase() + " Collective"));
    assertThat(
            anyone()
                .get("/api/search/suggest?q=" + tag.substring(0, 6))
                .jsonArray()
                .getJsonObject(0)
                .getString("url"))
        .startsWith("/coops/");
  }

  @Test
  void hostileQueries_answerCleanly_andBadParametersAreProblems() {
    for (String hostile :
        List.of(
            "\"",
            "*",
            "(",
            "title:(",
            "AND OR NOT",
            "\\\\",
            "a".repeat(6_000),
            "web\u0001\u0007coop",
            "%00",
            "{!}")) {
      Answer answer = anyone().get("/api/search?" + q(hostile));
      assertThat(answer.status())
          .as(hostile.length() > 30 ? "a 10 kB query" : hostile)
          .isEqualTo(200);
    }
    Answer longQuery =
        anyone()
            .postJson(
                "/api/search", Json.createObjectBuilder().add("q", "(\"*".repeat(3_400)).build());
    assertThat(longQuery.status()).as("a 10 kB query, sent as JSON").isEqualTo(200);
    Answer bad =
        anyone().get("/api/search?q=x&near=north&radiusKm=-1&sort=sideways&page=0&size=1000");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body())
        .contains("near")
        .contains("radiusKm")
        .contains("sort")
        .contains("page")
        .contains("size");
  }

  @Test
  void rebuilding_keepsSearchAnswering_andLosesNothing() {
    String tag = word();
    importLines(List.of(listing(tag, tag + " Rebuilt").build().toString()));
    await().atMost(Duration.ofSeconds(1)).until(() -> search(q(tag)).getInt("total") == 1);

    Answer started = staff().postJson("/api/admin/search/rebuild", "{}");
    assertThat(started.status()).isEqualTo(202);
    int answered = 0;
    while (!staff().get("/api/admin/search/status").json().getString("state").equals("ready")
        || answered == 0) {
      assertThat(search(q(tag)).getInt("total"))
          .as("search answers during the rebuild")
          .isEqualTo(1);
      answered++;
    }
    assertThat(search(q(tag)).getInt("total")).isEqualTo(1);
    assertThat(anyone().postJson("/api/admin/search/rebuild", "{}").status()).isEqualTo(401);
  }

  @Test
  void queriesThatFindNothing_areCountedForStaff_withoutWhoAsked() {
    String nonsense = word() + " " + word();
    search(q(nonsense));
    search(q(nonsense.toUpperCase()));
    Answer zero = staff().get("/api/admin/search/queries?zeroResults=true");
    JsonObject row =
        zero.jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("query").equals(nonsense))
            .findFirst()
            .orElseThrow();
    assertThat(row.getInt("zeroResults")).isEqualTo(2);
    assertThat(row.keySet())
        .as("only the text and counts are kept")
        .containsExactlyInAnyOrder("query", "searches", "zeroResults", "lastAt");
    assertThat(anyone().get("/api/admin/search/queries").status()).isEqualTo(401);
  }

  @Test
  void theSearchPage_showsResultsFacetsAndAWayOutOfNothing() {
    String tag = word();
    importLines(
        List.of(
            listing(tag + "1", tag + " Page One").add("country", "NL").build().toString(),
            listing(tag + "2", tag + " Page Two")
                .add("kind", "housing")
                .add("country", "NL")
                .build()
                .toString()));
    awaitTotal(q(tag), 2);
    Document page = Jsoup.parse(anyone().get("/search?" + q(tag)).body());
    assertThat(page.select(".search-hits h3 a").eachText())
        .containsExactlyInAnyOrder(tag + " Page One", tag + " Page Two");
    assertThat(page.select(".facet a").eachText())
        .contains("Worker co-op", "Housing co-op", "Netherlands");
    String housing = page.select(".facet a:contains(Housing co-op)").attr("href");
    Document filtered = Jsoup.parse(anyone().get(housing).body());
    assertThat(filtered.select(".search-hits h3 a").eachText()).containsExactly(tag + " Page Two");

    Document nothing =
        Jsoup.parse(anyone().get("/search?" + q(tag + " unicornfarm") + "&kind=housing").body());
    assertThat(nothing.select(".nothing-found").text())
        .contains(tag + " unicornfarm")
        .contains("drop this filter");
    assertThat(nothing.select(".nothing-found a:contains(drop this filter)").attr("href"))
        .doesNotContain("kind=");
  }
}
