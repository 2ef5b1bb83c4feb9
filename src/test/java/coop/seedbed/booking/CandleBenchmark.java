package coop.seedbed.booking;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Load;
import coop.seedbed.testing.bench.Report;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Digital Candle under load ({@code ./mvnw -Pbench verify -Dit.test=CandleBenchmark}, meant for
 * PostgreSQL): 50 volunteers whose busy times come from the real {@code .ics} files; free slots
 * over 4 weeks with 16 clients, for one volunteer and for all 50 at once; then 32 clients booking
 * at once for 20 s, every request a new person choosing a random free slot (so many race for the
 * same one), against a static file in the same run. Afterwards the database is asked whether any
 * two calls of a volunteer overlap; the answer must be none.
 */
@ExtendWith(ArquillianExtension.class)
class CandleBenchmark {

  static final int VOLUNTEERS = 50;
  static final int READERS = 16;
  static final int BOOKERS = 32;
  static final int BOOKING_SECONDS = 20;
  static final List<String> ZONES =
      List.of(
          "Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "Europe/Madrid");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @Test
  void slotsAndBookingsUnderLoad() throws Exception {
    List<byte[]> calendars = new ArrayList<>();
    try (Stream<Path> list = Files.list(SharedData.require("ics"))) {
      for (Path file : list.filter(p -> p.toString().endsWith(".ics")).sorted().toList()) {
        calendars.add(Files.readAllBytes(file));
      }
    }
    List<String> slugs = new ArrayList<>();
    long setupStart = System.nanoTime();
    for (int v = 0; v < VOLUNTEERS; v++) {
      String email = Mailbox.newAddress("bench-volunteer");
      Client client = People.verified(base, email);
      assertThat(
              People.staff(base).put("/api/admin/accounts/" + email + "/roles/volunteer").status())
          .isEqualTo(200);
      Answer saved =
          client.putJson(
              "/api/candle/me",
              Json.createObjectBuilder()
                  .add("name", "Volunteer " + v)
                  .add("bio", "Runs a worker co-op; glad to help people start theirs.")
                  .add("topics", Json.createArrayBuilder().add("governance"))
                  .add("languages", Json.createArrayBuilder().add("en"))
                  .add("timeZone", ZONES.get(v % ZONES.size()))
                  .add("weeklyHours", "Weekdays 09:00-17:00\nTue, Thu 18:00-21:00")
                  .add("callMinutes", 60)
                  .add("bufferMinutes", 15)
                  .add("noticeHours", 2)
                  .add("horizonDays", 28)
                  .add("maxPerWeek", 40)
                  .build());
      assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
      slugs.add(saved.json().getString("slug"));
      Answer busy =
          client.send(
              client
                  .request("/api/candle/me/busy-calendar")
                  .header("Content-Type", "text/calendar")
                  .PUT(
                      HttpRequest.BodyPublishers.ofByteArray(calendars.get(v % calendars.size()))));
      assertThat(busy.status()).as(busy.toString()).isEqualTo(200);
    }
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

    String to = Instant.now().plus(Duration.ofDays(28)).toString();
    Load.Result baseline =
        Load.run(
            "static file /static/favicon.svg (baseline)",
            base,
            READERS,
            5,
            15,
            n -> "/static/favicon.svg");
    Load.Result one =
        Load.run(
            "GET /api/candle/slots, one volunteer, 4 weeks",
            base,
            READERS,
            5,
            15,
            n -> "/api/candle/slots?volunteer=" + slugs.get(n % slugs.size()) + "&to=" + to);
    Load.Result all =
        Load.run(
            "GET /api/candle/slots, all 50 volunteers, 4 weeks",
            base,
            READERS,
            5,
            15,
            n -> "/api/candle/slots?topic=governance&to=" + to);

    List<String[]> free = new ArrayList<>();
    for (String slug : slugs) {
      for (JsonObject slot :
          new Client(base)
              .get("/api/candle/slots?volunteer=" + slug + "&to=" + to)
              .jsonArray()
              .getValuesAs(JsonObject.class)) {
        free.add(new String[] {slug, slot.getString("start")});
      }
    }
    Bookings result = book(free);

    List<String> report = new ArrayList<>();
    report.add(
        "Digital Candle benchmark on "
            + Report.database()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores: "
            + VOLUNTEERS
            + " volunteers with busy calendars from "
            + calendars.size()
            + " real .ics files (set up in "
            + String.format(Locale.ROOT, "%.0f s", setupSeconds)
            + "), "
            + free.size()
            + " free slots over 4 weeks");
    report.add("");
    report.add("| load | requests | throughput | p50 | p99 | errors | p50 against baseline |");
    report.add("|---|---|---|---|---|---|---|");
    for (Load.Result r : List.of(baseline, one, all)) {
      report.add(r.row() + String.format(Locale.ROOT, " %.1fx |", r.p50() / baseline.p50()));
    }
    report.add("");
    report.add(
        String.format(
            Locale.ROOT,
            "Booking, %d clients for %d s, each request a new person and a random free slot: %d"
                + " requests (%.0f req/s), %d held (%.1f/s), %d told the slot was just taken (409),"
                + " %d other answers; p50 %.1f ms, p99 %.1f ms.",
            BOOKERS,
            BOOKING_SECONDS,
            result.requests,
            result.requests / (double) BOOKING_SECONDS,
            result.held,
            result.held / (double) BOOKING_SECONDS,
            result.taken,
            result.other,
            result.p50,
            result.p99));
    report.add("");
    report.add("Overlapping calls of one volunteer afterwards: " + overlaps() + ".");
    Report.write("candle-" + Report.database().toLowerCase(Locale.ROOT), report);
    assertThat(result.held).isPositive();
  }

  record Bookings(int requests, int held, int taken, int other, double p50, double p99) {}

  private Bookings book(List<String[]> free) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String root = base.toString().replaceAll("/+$", "");
    AtomicInteger held = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
    long end = System.nanoTime() + BOOKING_SECONDS * 1_000_000_000L;
    for (int c = 0; c < BOOKERS; c++) {
      pool.submit(
          () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < end) {
              String[] slot = free.get(random.nextInt(free.size()));
              String body =
                  Json.createObjectBuilder()
                      .add("volunteer", slot[0])
                      .add("start", slot[1])
                      .add("timeZone", "America/Chicago")
                      .add("name", "Bench Booker")
                      .add("email", Mailbox.newAddress("bench-booker"))
                      .add("about", "A group of six designers looking at a worker co-op.")
                      .build()
                      .toString();
              HttpRequest request =
                  HttpRequest.newBuilder(java.net.URI.create(root + "/api/candle/bookings"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .header(
                          "X-Forwarded-For",
                          "10."
                              + random.nextInt(256)
                              + "."
                              + random.nextInt(256)
                              + "."
                              + random.nextInt(1, 255))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build();
              long start = System.nanoTime();
              try {
                int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                nanos.add(System.nanoTime() - start);
                if (status == 202) {
                  held.incrementAndGet();
                } else if (status == 409) {
                  taken.incrementAndGet();
                } else {
                  other.incrementAndGet();
                }
              } catch (Exception e) {
                other.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(BOOKING_SECONDS + 60, TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new Bookings(
        sorted.size(),
        held.get(),
        taken.get(),
        other.get(),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
        sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6);
  }

  /** Calls of one volunteer that overlap, straight from the database (PostgreSQL only). */
  private static String overlaps() throws Exception {
    String url = System.getenv("SEEDBED_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return "not checked (H2 is held open by the server; run on PostgreSQL)";
    }
    try (Connection db =
            DriverManager.getConnection(
                url, System.getenv("SEEDBED_DB_USER"), System.getenv("SEEDBED_DB_PASSWORD"));
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*) from booking a join booking b on a.volunteer_id = b.volunteer_id"
                    + " and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at"
                    + " where a.status in ('HELD', 'CONFIRMED') and b.status in ('HELD', 'CONFIRMED')")) {
      rows.next();
      long count = rows.getLong(1);
      assertThat(count).as("overlapping calls").isZero();
      return count + " (checked in the database)";
    }
  }
}
