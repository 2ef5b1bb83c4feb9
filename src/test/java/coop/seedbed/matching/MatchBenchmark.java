package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.bench.Report;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suggestions for one person among 100,000 profiles. The synthetic population of {@link
 * SyntheticPeople} is written straight into PostgreSQL and taken up by the running server's
 * matching index as any change would be; then one client asks for a real signed-in person's
 * suggestions over HTTP, one request at a time, against a static file from the same server; and in
 * this process, over the very index the server wrote, the engine ranks suggestions for a thousand
 * of the synthetic people, against a plain Lucene query (the same kind and language, top ten).
 * {@code ./mvnw -Pbench verify -Dit.test=MatchBenchmark} with SEEDBED_DB_* pointing at PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class MatchBenchmark {

  static final int PEOPLE = 100_000;
  static final int WARMUP = 200;
  static final int REQUESTS = 1_000;

  /** Rows written here take ids far above what the sequences hand out. */
  static final long FIRST_ID = 800_000_000L;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getenv("SEEDBED_DB_URL"),
        System.getenv("SEEDBED_DB_USER"),
        System.getenv("SEEDBED_DB_PASSWORD"));
  }

  @Test
  void suggestions_amongAHundredThousandProfiles() throws Exception {
    assumeTrue(
        Report.database().equals("PostgreSQL"),
        "the benchmark writes its rows into PostgreSQL directly");
    SyntheticPeople population = new SyntheticPeople(PEOPLE, 500, 42);
    Path index = Path.of(System.getProperty("it.data.dir"), "index", "matching");
    long before = generation(index);
    long seeding = System.nanoTime();
    try (Connection db = database()) {
      seed(db, population.people);
    }
    long indexing = System.nanoTime();
    double seeded = (indexing - seeding) / 1e9;

    String email = Mailbox.newAddress("bench-match");
    Client you = People.verified(base, email);
    Answer saved =
        you.putJson(
            "/api/matching/me",
            Json.createObjectBuilder()
                .add("name", "Bench Person")
                .add("wants", Json.createArrayBuilder().add("start").add("cofounders"))
                .add("skills", Json.createArrayBuilder().add("ux").add("backend"))
                .add("sectors", Json.createArrayBuilder().add("food"))
                .add("decision", Json.createArrayBuilder().add("consent"))
                .add("pay", Json.createArrayBuilder().add("equal"))
                .add("hoursPerWeek", 20)
                .add("remote", true)
                .add("timeZone", "Europe/London")
                .add("workStart", "09:00")
                .add("workEnd", "17:00")
                .add("languages", Json.createArrayBuilder().add("en"))
                .add("about", "Wants to start a food co-op.")
                .add("visibility", "members")
                .build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    // The server may have built its index from an earlier run's rows, so a count proves nothing:
    // wait for commits after the seeding, then for ten seconds without another.
    long[] last = {before, System.nanoTime()};
    Awaitility.await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              long now = generation(index);
              if (now != last[0]) {
                last[0] = now;
                last[1] = System.nanoTime();
              }
              return now > before
                  && documents(index) > PEOPLE
                  && System.nanoTime() - last[1] > 10e9;
            });
    double indexed = (last[1] - indexing) / 1e9;

    String path = "/api/matching/suggestions?list=people";
    JsonArray first = you.get(path).json().getJsonArray("people");
    assertThat(first).isNotEmpty();
    double[] http = time(() -> you.get(path).status());
    double[] file = time(() -> you.get("/static/seedbed.css").status());

    double[] engine;
    double[] plain;
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Facts> askers = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        askers.add(shifted(population.people.get((int) ((long) i * 97 % PEOPLE))));
      }
      LocalDate week = LocalDate.now();
      int[] turn = {0};
      engine =
          time(
              () -> {
                Facts asker = askers.get(turn[0]++ % askers.size());
                return SuggestionEngine.rank(
                        asker,
                        SuggestionEngine.List_.PEOPLE,
                        (query, limit) -> {
                          try {
                            return MatchDocuments.facts(
                                searcher, searcher.search(query, limit).scoreDocs);
                          } catch (IOException e) {
                            throw new UncheckedIOException(e);
                          }
                        },
                        Set.of(),
                        Set.of(),
                        ids -> Map.of(),
                        week,
                        10)
                    .size();
              });
      plain =
          time(
              () -> {
                Facts asker = askers.get(turn[0]++ % askers.size());
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                query.add(new TermQuery(new Term(MatchDocuments.KIND, Facts.PROFILE)), Occur.MUST);
                query.add(
                    new TermQuery(
                        new Term(MatchDocuments.LANGUAGE, asker.languages().iterator().next())),
                    Occur.MUST);
                try {
                  return searcher.search(query.build(), 10).scoreDocs.length;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }

    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Matchmaking suggestions on %s, %d cores: %,d synthetic profiles (written in %.0f s,"
                + " in the server's index %.0f s later); one client, %,d requests one at a"
                + " time after %d unmeasured; in process %,d different people asking.",
            Report.database(),
            Runtime.getRuntime().availableProcessors(),
            PEOPLE,
            seeded,
            indexed,
            REQUESTS,
            WARMUP,
            REQUESTS));
    report.add("");
    report.add("| What | p50 | p99 | p50 against its baseline |");
    report.add("|---|---|---|---|");
    report.add(row("static file over HTTP (baseline)", file, file));
    report.add(row("GET /api/matching/suggestions over HTTP", http, file));
    report.add(row("plain Lucene query, top 10, in process (baseline)", plain, plain));
    report.add(row("suggestions ranked by the engine, in process", engine, plain));
    Report.write("matching-suggestions", report);
  }

  private static String row(String what, double[] sorted, double[] baseline) {
    return String.format(
        Locale.ROOT,
        "| %s | %.2f ms | %.2f ms | %.1f× |",
        what,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        percentile(sorted, 0.50) / percentile(baseline, 0.50));
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  /** Milliseconds of each of {@link #REQUESTS} calls after {@link #WARMUP}, sorted. */
  private static double[] time(Supplier<Integer> call) {
    for (int i = 0; i < WARMUP; i++) {
      call.get();
    }
    double[] took = new double[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long start = System.nanoTime();
      int answer = call.get();
      took[i] = (System.nanoTime() - start) / 1e6;
      assertThat(answer).isPositive();
    }
    Arrays.sort(took);
    return took;
  }

  /** The generation of the index's last commit, or -1 before the first. */
  private static long generation(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return -1;
    }
    try (FSDirectory directory = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(directory)
          ? SegmentInfos.readLatestCommit(directory).getGeneration()
          : -1;
    }
  }

  private static int documents(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (FSDirectory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs();
      }
    }
  }

  /** A synthetic person as this benchmark stored them: ids moved above the sequences'. */
  private static Facts shifted(Facts f) {
    return new Facts(
        f.kind(),
        FIRST_ID + f.id(),
        FIRST_ID + f.accountId(),
        f.name(),
        f.wants(),
        f.skills(),
        f.sectors(),
        f.decision(),
        f.pay(),
        f.hoursPerWeek(),
        f.city(),
        f.country(),
        f.latitude(),
        f.longitude(),
        f.radiusKm(),
        f.remote(),
        f.timeZone(),
        f.workStart(),
        f.workEnd(),
        f.workDays(),
        f.overlapMatters(),
        f.languages());
  }

  private static String commas(Set<String> values) {
    return String.join(",", new TreeSet<>(values));
  }

  /** The population as accounts and profiles, replacing what an earlier run left. */
  private static void seed(Connection db, List<Facts> people) throws Exception {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.executeUpdate("delete from match_profile where id >= " + FIRST_ID);
      s.executeUpdate("delete from account where id >= " + FIRST_ID);
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement account =
            db.prepareStatement(
                "insert into account (id, email, display_name, email_verified_at, created_at)"
                    + " values (?, ?, ?, ?, ?)");
        PreparedStatement profile =
            db.prepareStatement(
                "insert into match_profile (id, account_id, name, wants, skills, tags, sectors,"
                    + " decision, pay, hours_per_week, city, country, latitude, longitude,"
                    + " radius_km, remote, time_zone, work_start, work_end, work_days,"
                    + " overlap_matters, languages, about, visibility, paused, last_active_at,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MEMBERS', false, ?, ?, ?)")) {
      int batched = 0;
      for (Facts f : people) {
        long id = FIRST_ID + f.id();
        account.setLong(1, id);
        account.setString(2, "bench-person-" + f.id() + "@bench.invalid");
        account.setString(3, f.name());
        account.setTimestamp(4, now);
        account.setTimestamp(5, now);
        account.addBatch();
        int c = 1;
        profile.setLong(c++, id);
        profile.setLong(c++, id);
        profile.setString(c++, f.name());
        profile.setString(c++, commas(f.wants()));
        profile.setString(c++, commas(f.skills()));
        profile.setString(c++, commas(f.sectors()));
        profile.setString(c++, commas(f.decision()));
        profile.setString(c++, commas(f.pay()));
        profile.setInt(c++, f.hoursPerWeek());
        profile.setString(c++, f.city());
        profile.setString(c++, f.country());
        profile.setDouble(c++, f.latitude());
        profile.setDouble(c++, f.longitude());
        profile.setObject(c++, f.radiusKm());
        profile.setBoolean(c++, f.remote());
        profile.setString(c++, f.timeZone());
        profile.setTime(c++, Time.valueOf(f.workStart()));
        profile.setTime(c++, Time.valueOf(f.workEnd()));
        profile.setString(c++, String.join(",", f.workDays()));
        profile.setBoolean(c++, f.overlapMatters());
        profile.setString(c++, commas(f.languages()));
        profile.setString(c++, f.name() + " would like to start a co-op.");
        profile.setTimestamp(c++, now);
        profile.setTimestamp(c++, now);
        profile.setTimestamp(c++, now);
        profile.addBatch();
        if (++batched % 1000 == 0) {
          account.executeBatch();
          profile.executeBatch();
        }
      }
      account.executeBatch();
      profile.executeBatch();
    }
    db.commit();
  }
}
