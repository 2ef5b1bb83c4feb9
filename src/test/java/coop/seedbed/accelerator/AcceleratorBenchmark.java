package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.bench.Load;
import coop.seedbed.testing.bench.Report;
import coop.seedbed.testing.bench.Wrk;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ranking board of a cohort with 1,000 submitted applications, each with 3 submitted reviews by
 * 100 reviewers: over HTTP with 16 connections (wrk), as staff read it, against a static file from
 * the same server in the same run; and the board worked out afresh (after a change) timed one
 * request at a time. The rows are written straight into PostgreSQL, as a year of a busy accelerator
 * would have left them. {@code ./mvnw -Pbench verify -Dit.test=AcceleratorBenchmark} with
 * SEEDBED_DB_* pointing at PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class AcceleratorBenchmark {

  static final int APPLICATIONS = 1000;
  static final int REVIEWERS = 100;
  static final int REVIEWS = 3;
  static final int CLIENTS = 16;
  static final int WARMUP = 15;
  static final int SECONDS = 20;

  /** Rows written here take ids far above what the sequences hand out. */
  static final long FIRST_ID = 900_000_000L;

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
  void theRankingBoard_ofAThousandApplications() throws Exception {
    assumeTrue(
        Report.database().equals("PostgreSQL"),
        "the benchmark writes its rows into PostgreSQL directly");
    Client staff = People.staff(base);
    JsonArray levels =
        Json.createArrayBuilder().add("1").add("2").add("3").add("4").add("5").build();
    var rubric = Json.createArrayBuilder();
    for (String name : List.of("Team", "Problem", "Co-op fit", "Plan")) {
      rubric.add(
          Json.createObjectBuilder().add("name", name).add("weight", 2).add("levels", levels));
    }
    assertThat(
            staff
                .postJson(
                    "/api/admin/accelerator/programmes",
                    Json.createObjectBuilder()
                        .add("slug", "bench-programme")
                        .add("name", "Bench programme")
                        .add("audience", "Everyone")
                        .add("offer", "Everything")
                        .add("criteria", "All of it")
                        .add("rubric", rubric)
                        .build())
                .status())
        .isEqualTo(201);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    assertThat(
            staff
                .postJson(
                    "/api/admin/accelerator/cohorts",
                    Json.createObjectBuilder()
                        .add("programme", "bench-programme")
                        .add("slug", "bench-cohort")
                        .add("name", "Bench cohort")
                        .add("startsOn", "2027-03-01")
                        .add("endsOn", "2027-06-01")
                        .add("capacity", 8)
                        .add("timeZone", "UTC")
                        .add("opens", now.minusDays(30).toString())
                        .add("closes", now.minusDays(1).toString())
                        .build())
                .status())
        .isEqualTo(201);
    JsonObject cohort = new Client(base).get("/api/accelerator/cohorts/bench-cohort").json();
    List<Long> criteria =
        cohort.getJsonArray("rubric").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getJsonNumber("id").longValue())
            .toList();
    try (Connection db = database()) {
      seed(db, criteria);
    }
    String path = "/api/admin/accelerator/cohorts/bench-cohort/ranking";
    JsonObject board = staff.get(path + "?size=1000").json();
    assertThat(board.getJsonArray("rows")).hasSize(APPLICATIONS);
    assertThat(board.getJsonArray("rows").getJsonObject(0).getInt("reviews")).isEqualTo(REVIEWS);
    int bytes = staff.get(path + "?size=1000").body().length();
    int pageBytes = staff.get(path).body().length();

    // The board worked out afresh, as after each review or decision: one request at a time.
    double[] fresh = new double[9];
    try (Connection db = database()) {
      for (int i = 0; i < fresh.length; i++) {
        try (Statement s = db.createStatement()) {
          s.executeUpdate("update cohort set revision = revision + 1 where slug = 'bench-cohort'");
        }
        long start = System.nanoTime();
        assertThat(staff.get(path + "?size=1000").status()).isEqualTo(200);
        fresh[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(fresh);

    assumeTrue(Wrk.available(), "wrk could not be installed");
    Load.Result file =
        Wrk.run("static file", base, CLIENTS, WARMUP, SECONDS, List.of("/static/seedbed.css"));
    Map<String, String> token = Map.of("Authorization", "Bearer " + People.ADMIN_TOKEN);
    Load.Result ranking =
        Wrk.run(
            "ranking board, first page (100 rows)",
            base,
            CLIENTS,
            WARMUP,
            SECONDS,
            List.of(path),
            token);
    List<String> everyPage = new ArrayList<>();
    for (int page = 1; page <= APPLICATIONS / 100; page++) {
      everyPage.add(path + "?page=" + page);
    }
    Load.Result pages =
        Wrk.run(
            "ranking board, every page in turn", base, CLIENTS, WARMUP, SECONDS, everyPage, token);
    Load.Result whole =
        Wrk.run(
            "ranking board, all 1,000 rows at once",
            base,
            CLIENTS,
            WARMUP,
            SECONDS,
            List.of(path + "?size=1000"),
            token);
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Accelerator ranking board on %s, %d cores: %,d applications x %d reviews by %d reviewers"
                + " (4 weighted criteria); a page of 100 rows is %,d bytes of JSON, the whole board"
                + " %,d; wrk 2 threads, %d connections, %d s after %d s warm-up.",
            Report.database(),
            Runtime.getRuntime().availableProcessors(),
            APPLICATIONS,
            REVIEWS,
            REVIEWERS,
            pageBytes,
            bytes,
            CLIENTS,
            SECONDS,
            WARMUP));
    report.add("");
    report.add("| what | requests/s | p50 | p99 | p50 / static file | errors |");
    report.add("|---|---|---|---|---|---|");
    for (Load.Result r : List.of(file, ranking, pages, whole)) {
      report.add(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %.2f ms | %.2f ms | %.1fx | %d |",
              r.name(),
              r.perSecond(),
              r.p50(),
              r.p99(),
              r.p50() / file.p50(),
              r.errors()));
    }
    report.add("");
    report.add(
        String.format(
            Locale.ROOT,
            "Worked out afresh after a change (one request at a time, %d runs): median %.1f ms,"
                + " slowest %.1f ms.",
            fresh.length,
            fresh[fresh.length / 2],
            fresh[fresh.length - 1]));
    Report.write("accelerator-ranking", report);
    assertThat(ranking.errors()).isZero();
  }

  /** Accounts, the panel, submitted applications with their leads, and three reviews each. */
  private static void seed(Connection db, List<Long> criteria) throws Exception {
    db.setAutoCommit(false);
    long cohortId;
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select id from cohort where slug = 'bench-cohort'")) {
      r.next();
      cohortId = r.getLong(1);
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement account =
            db.prepareStatement(
                "insert into account (id, email, display_name, email_verified_at, created_at)"
                    + " values (?, ?, ?, ?, ?)");
        PreparedStatement role =
            db.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
      for (int i = 0; i < APPLICATIONS + REVIEWERS; i++) {
        long id = FIRST_ID + i;
        boolean reviewer = i >= APPLICATIONS;
        account.setLong(1, id);
        account.setString(2, (reviewer ? "bench-reviewer-" : "bench-lead-") + i + "@bench.example");
        account.setString(3, (reviewer ? "Reviewer " : "Lead ") + i);
        account.setTimestamp(4, now);
        account.setTimestamp(5, now);
        account.addBatch();
        role.setLong(1, id);
        role.setString(2, reviewer ? "REVIEWER" : "MEMBER");
        role.addBatch();
      }
      account.executeBatch();
      role.executeBatch();
    }
    try (PreparedStatement panel =
        db.prepareStatement(
            "insert into cohort_reviewer (cohort_id, account_id, sectors, topics, added_at)"
                + " values (?, ?, 'food', 'bakery', ?)")) {
      for (int j = 0; j < REVIEWERS; j++) {
        panel.setLong(1, cohortId);
        panel.setLong(2, FIRST_ID + APPLICATIONS + j);
        panel.setTimestamp(3, now);
        panel.addBatch();
      }
      panel.executeBatch();
    }
    Random random = new Random(11);
    try (PreparedStatement app =
            db.prepareStatement(
                "insert into application (id, cohort_id, lead_account_id, status, project_name,"
                    + " sector, topics, summary, created_at, updated_at, submitted_at)"
                    + " values (?, ?, ?, 'SUBMITTED', ?, 'food', 'bakery,retail', ?, ?, ?, ?)");
        PreparedStatement member =
            db.prepareStatement(
                "insert into application_member (id, application_id, account_id, email, name,"
                    + " lead, status, feed_secret, invited_at, confirmed_at)"
                    + " values (?, ?, ?, ?, ?, true, 'CONFIRMED', ?, ?, ?)");
        PreparedStatement review =
            db.prepareStatement(
                "insert into review (id, cohort_id, application_id, reviewer_account_id, status,"
                    + " fit, assigned_at, due_at, submitted_at) values (?, ?, ?, ?, 'SUBMITTED',"
                    + " 3, ?, ?, ?)");
        PreparedStatement score =
            db.prepareStatement(
                "insert into review_score (review_id, criterion_id, score, confidence)"
                    + " values (?, ?, ?, ?)")) {
      for (int i = 0; i < APPLICATIONS; i++) {
        long id = FIRST_ID + i;
        app.setLong(1, id);
        app.setLong(2, cohortId);
        app.setLong(3, id);
        app.setString(4, "Bench co-op " + i);
        app.setString(5, "A co-operative bakery, number " + i + ".");
        app.setTimestamp(6, now);
        app.setTimestamp(7, now);
        app.setTimestamp(8, now);
        app.addBatch();
        member.setLong(1, id);
        member.setLong(2, id);
        member.setLong(3, id);
        member.setString(4, "bench-lead-" + i + "@bench.example");
        member.setString(5, "Lead " + i);
        member.setString(6, "bench-feed-" + i);
        member.setTimestamp(7, now);
        member.setTimestamp(8, now);
        member.addBatch();
        // Reviewers in turn: each reads 30, as the balanced assignment gives.
        for (int k = 0; k < REVIEWS; k++) {
          long reviewId = FIRST_ID + (long) i * REVIEWS + k;
          review.setLong(1, reviewId);
          review.setLong(2, cohortId);
          review.setLong(3, id);
          review.setLong(4, FIRST_ID + APPLICATIONS + (i * REVIEWS + k) % REVIEWERS);
          review.setTimestamp(5, now);
          review.setTimestamp(6, now);
          review.setTimestamp(7, now);
          review.addBatch();
          for (long criterion : criteria) {
            score.setLong(1, reviewId);
            score.setLong(2, criterion);
            score.setInt(3, 1 + random.nextInt(5));
            score.setInt(4, 1 + random.nextInt(3));
            score.addBatch();
          }
        }
      }
      app.executeBatch();
      member.executeBatch();
      review.executeBatch();
      score.executeBatch();
    }
    try (Statement s = db.createStatement()) {
      s.executeUpdate("update cohort set revision = revision + 1 where id = " + cohortId);
      s.execute("analyze");
    }
    db.commit();
    db.setAutoCommit(true);
  }
}
