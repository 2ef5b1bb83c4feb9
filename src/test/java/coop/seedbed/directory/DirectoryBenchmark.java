package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Imports;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.SharedCoops;
import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Load;
import coop.seedbed.testing.bench.Report;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory benchmark (run with {@code ./mvnw -Pbench verify -Dit.test=DirectoryBenchmark}; set
 * SEEDBED_DB_URL and friends for PostgreSQL): import of the 7,796 real records, then generated
 * listings in import jobs of 10,000 lines, then {@code GET /api/organisations} with filters at
 * 100,000 listings (or {@code -Dit.directory.listings}) under 16 concurrent clients, against a
 * static file from the same server as the baseline. Not a test: it only fails when a request fails.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryBenchmark {

  /** Listings in the directory when it is browsed; {@code -Dit.directory.listings=1000000}. */
  static final int LISTINGS = Integer.getInteger("it.directory.listings", 100_000);

  static final int JOB_LINES = 10_000;
  static final int CLIENTS = 16;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  private JsonObject importLines(List<String> lines) {
    return Imports.run(
        People.staff(base), String.join("\n", lines), java.time.Duration.ofMinutes(60));
  }

  @Test
  void importAndBrowse() throws Exception {
    List<String> report = new ArrayList<>();
    report.add(
        "Directory benchmark on "
            + Report.database()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores");
    report.add("");

    List<String> real = SharedCoops.seedbedLines(SharedData.require("coops/coops.jsonl"));
    long start = System.nanoTime();
    JsonObject first = importLines(real);
    double importSeconds = Load.since(start);
    start = System.nanoTime();
    JsonObject again = importLines(real);
    double reimportSeconds = Load.since(start);
    report.add("| import | lines | created | refused | seconds |");
    report.add("|---|---|---|---|---|");
    report.add(
        String.format(
            "| real records, first time | %d | %d | %d | %.1f |",
            first.getInt("linesRead"),
            first.getInt("created"),
            first.getInt("refused"),
            importSeconds));
    report.add(
        String.format(
            "| real records, again (idempotent) | %d | %d | %d | %.1f |",
            again.getInt("linesRead"),
            again.getInt("created"),
            again.getInt("refused"),
            reimportSeconds));

    // Generated listings up to 100,000, spread over kinds, countries, sectors and flags.
    String[] kinds = {
      "worker",
      "consumer",
      "housing",
      "platform",
      "producer",
      "multi-stakeholder",
      "other",
      "network"
    };
    String[] countries = {
      "GB", "US", "FR", "DE", "ES", "IT", "CA", "NZ", "AU", "IN", "BR", "AR", "KE", "JP"
    };
    String[] sectors = {
      "Food",
      "Housing",
      "Technology",
      "Energy",
      "Care",
      "Retail",
      "Finance",
      "Transport",
      "Culture",
      "Agriculture"
    };
    int existing = People.staff(base).get("/api/organisations?size=1").json().getInt("total");
    int toMake = Math.max(0, LISTINGS - existing);
    start = System.nanoTime();
    List<String> batch = new ArrayList<>();
    // Each job of 10,000 lines says its own lines a second: the first and the last show whether the
    // import keeps its speed as the directory grows.
    List<Double> jobRates = new ArrayList<>();
    List<Double> jobSeconds = new ArrayList<>();
    for (int i = 0; i < toMake; i++) {
      batch.add(
          Json.createObjectBuilder()
              .add("externalId", "bench:" + i)
              .add("name", "Bench Co-op " + i)
              .add("kind", kinds[i % kinds.length])
              .add("country", countries[(i / 3) % countries.length])
              .add("city", "Town " + (i % 500))
              .add(
                  "description",
                  "A generated listing for the directory benchmark, number " + i + ".")
              .add("sectors", Json.createArrayBuilder().add(sectors[(i / 7) % sectors.length]))
              .add("hiring", i % 5 == 0)
              .add("acceptingMembers", i % 3 == 0)
              .add("remote", i % 4 == 0)
              .build()
              .toString());
      if (batch.size() == JOB_LINES || i == toMake - 1) {
        JsonObject job = importLines(batch);
        // Only whole jobs: the short remainder's rate is mostly the job's start and end.
        if (batch.size() == JOB_LINES && job.containsKey("linesPerSecond")) {
          double rate = job.getJsonNumber("linesPerSecond").doubleValue();
          jobRates.add(rate);
          jobSeconds.add(JOB_LINES / rate);
        }
        batch.clear();
      }
    }
    double generateSeconds = Load.since(start);
    vacuumIfPostgres();
    int total = People.staff(base).get("/api/organisations?size=1").json().getInt("total");
    report.add(
        String.format(
            "| generated listings | %d | %d | | %.1f |", toMake, toMake, generateSeconds));
    if (!jobRates.isEmpty()) {
      report.add("");
      report.add(
          String.format(
              "Generated listings in jobs of 10,000 lines: %.0f lines/s in the first, %.0f in the"
                  + " last",
              jobRates.get(0), jobRates.get(jobRates.size() - 1)));
      int tenth = 100_000 / JOB_LINES;
      if (jobSeconds.size() >= 2 * tenth) {
        report.add("");
        report.add(
            String.format(
                "Over the first 100,000 generated lines %.0f lines/s, over the last 100,000 %.0f"
                    + " lines/s (%d jobs in all, %.0f s of writing)",
                100_000 / jobSeconds.subList(0, tenth).stream().mapToDouble(d -> d).sum(),
                100_000
                    / jobSeconds.subList(jobSeconds.size() - tenth, jobSeconds.size()).stream()
                        .mapToDouble(d -> d)
                        .sum(),
                jobSeconds.size(),
                jobSeconds.stream().mapToDouble(d -> d).sum()));
      }
    }
    report.add("");
    report.add("Published listings during the load: " + total);
    report.add("");

    Random random = new Random(42);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      StringBuilder q =
          new StringBuilder("/api/organisations?kind=" + kinds[random.nextInt(kinds.length)]);
      q.append("&country=").append(countries[random.nextInt(countries.length)]);
      if (random.nextBoolean()) {
        q.append("&sector=").append(sectors[random.nextInt(sectors.length)].toLowerCase());
      }
      if (random.nextInt(3) == 0) {
        q.append("&hiring=true");
      }
      q.append("&page=").append(1 + random.nextInt(3));
      queries.add(q.toString());
    }
    Load.Result baseline =
        Load.run(
            "static file /static/favicon.svg (baseline)",
            base,
            CLIENTS,
            5,
            20,
            n -> "/static/favicon.svg");
    Load.Result list =
        Load.run(
            "GET /api/organisations with filters",
            base,
            CLIENTS,
            5,
            20,
            n -> queries.get(n % queries.size()));
    Load.Result single =
        Load.run(
            "GET /api/organisations/{slug}",
            base,
            CLIENTS,
            5,
            20,
            n -> "/api/organisations/bench-co-op-" + (n * 7919 % toMake));
    report.add(
        "| " + CLIENTS + " clients, 20 s each | requests | throughput | p50 | p99 | errors |");
    report.add("|---|---|---|---|---|---|");
    report.add(baseline.row());
    report.add(list.row());
    report.add(single.row());
    report.add("");
    report.add(
        String.format(
            "Filtered list against the static file: p50 %.1fx, p99 %.1fx, throughput %.2fx.",
            list.p50() / baseline.p50(),
            list.p99() / baseline.p99(),
            list.perSecond() / baseline.perSecond()));
    Report.write("directory-" + Report.database().toLowerCase(), report);
    assertThat(list.errors()).isZero();
  }

  /**
   * What autovacuum does after a bulk load (PostgreSQL 13 and later vacuum a table after many
   * inserts too), done at once: these machines run PostgreSQL with autovacuum off. Without
   * statistics PostgreSQL plans the tag filter as a nested loop over 10,000 rows per listing;
   * without the visibility map VACUUM writes, browsing at a million listings read every candidate
   * row from the table (a page of a filtered browse 126 ms, against 3 ms after VACUUM, in an
   * EXPLAIN ANALYZE).
   */
  private static void vacuumIfPostgres() throws Exception {
    String url = System.getenv("SEEDBED_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                url, System.getenv("SEEDBED_DB_USER"), System.getenv("SEEDBED_DB_PASSWORD"));
        java.sql.Statement statement = db.createStatement()) {
      statement.execute("vacuum analyze organisation");
      statement.execute("vacuum analyze organisation_tag");
    }
  }
}
