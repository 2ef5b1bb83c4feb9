package coop.seedbed.testing;

import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.HostileRequests.Attempt;
import coop.seedbed.testing.HostileRequests.Operation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * Sends {@link HostileRequests} to every operation as several callers and keeps what went wrong: an
 * answer of 500 or more, an API refusal that is not problem+json, a validation problem that names
 * no field of the request, and a batch of refused requests after which some table holds a different
 * number of rows. Each request comes from an address of its own, so that rate limits let most of
 * them reach validation.
 */
public final class HostileSweep {

  /** A caller: its name, and its signed-in client (or one without a session). */
  public record Caller(String name, Client client) {}

  /** What the sweep sent and found. */
  public record Report(
      long seed,
      int requests,
      int refusedAndCounted,
      Map<Integer, Integer> statuses,
      List<String> failures) {}

  private final URL base;
  private final Client staff;
  private final long seed;
  private final int atLeast;

  public HostileSweep(URL base, long seed, int atLeast) {
    this.base = base;
    this.staff = People.staff(base);
    this.seed = seed;
    this.atLeast = atLeast;
  }

  /**
   * Tables a refused request may write by design: on PostgreSQL a rate limit counts every attempt,
   * refused or not, in a row of its own (that is what makes it hold across instances).
   */
  private static final Set<String> COUNTS_ATTEMPTS = Set.of("rate_bucket");

  /** The row count of every table that holds data, as staff see it. */
  public Map<String, Long> rows() {
    Answer answer =
        staff.send(
            staff.request("/api/admin/database/rows").version(HttpClient.Version.HTTP_1_1).GET());
    if (answer.status() != 200) {
      throw new AssertionError("row counts not available: " + answer);
    }
    Map<String, Long> rows = new TreeMap<>();
    answer.json().forEach((table, count) -> rows.put(table, ((JsonNumber) count).longValue()));
    rows.keySet().removeAll(COUNTS_ATTEMPTS);
    return rows;
  }

  public Report run(List<Caller> callers, Map<String, String> known) {
    JsonObject document = new Client(base).get("/openapi?format=JSON").json();
    List<Operation> operations = new ArrayList<>(HostileRequests.operations(document));
    // Signing out and deleting the account end the signed-in caller's session: sweep them last.
    operations.sort((a, b) -> Boolean.compare(endsSession(a), endsSession(b)));
    Random random = new Random(seed);
    Map<String, List<Attempt>> batches = new LinkedHashMap<>();
    for (Operation operation : operations) {
      List<Attempt> all = HostileRequests.attempts(operation, known);
      for (Caller caller : callers) {
        List<Attempt> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        batches.put(caller.name() + "\t" + operation.name(), shuffled);
      }
    }
    int cap = 1;
    while (sampled(batches, cap) < atLeast) {
      cap++;
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger requests = new AtomicInteger();
    int refusedAndCounted = 0;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      Map<String, Long> before = null;
      for (Map.Entry<String, List<Attempt>> batch : batches.entrySet()) {
        Caller caller =
            callers.stream()
                .filter(c -> batch.getKey().startsWith(c.name() + "\t"))
                .findFirst()
                .orElseThrow();
        List<Attempt> attempts =
            batch.getValue().subList(0, Math.min(cap, batch.getValue().size()));
        if (before == null) {
          before = settledRows();
        }
        long started = System.nanoTime();
        List<Future<Answer>> answers = new ArrayList<>();
        for (Attempt attempt : attempts) {
          answers.add(pool.submit(() -> send(caller.client(), attempt)));
        }
        boolean allRefused = true;
        for (int i = 0; i < attempts.size(); i++) {
          Attempt attempt = attempts.get(i);
          Answer answer = answers.get(i).get();
          requests.incrementAndGet();
          if (answer == null) {
            failures.add(caller.name() + " " + attempt + ": the connection failed");
            allRefused = false;
            continue;
          }
          statuses.merge(answer.status(), 1, Integer::sum);
          check(caller, attempt, answer, failures);
          allRefused &= answer.status() >= 400;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        if (seconds >= 3) {
          System.out.printf("Hostile sweep: %s took %d s%n", batch.getKey(), seconds);
        }
        if (allRefused) {
          Map<String, Long> after = rows();
          if (!after.equals(before)) {
            failures.add(
                caller.name()
                    + " "
                    + batch.getKey().substring(caller.name().length() + 1)
                    + ": refused requests changed row counts "
                    + difference(before, after));
            before = null;
          } else {
            refusedAndCounted += attempts.size();
          }
        } else {
          before = null;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Report(seed, requests.get(), refusedAndCounted, statuses, failures);
  }

  private static boolean endsSession(Operation operation) {
    return operation.name().equals("DELETE /api/session")
        || operation.name().equals("POST /api/me/deletion");
  }

  private static int sampled(Map<String, List<Attempt>> batches, int cap) {
    return batches.values().stream().mapToInt(list -> Math.min(cap, list.size())).sum();
  }

  /** Row counts once work started by earlier accepted requests (mail, indexing) has settled. */
  private Map<String, Long> settledRows() {
    @SuppressWarnings("unchecked")
    Map<String, Long>[] last = new Map[] {rows()};
    Awaitility.await()
        .pollDelay(Duration.ofMillis(300))
        .pollInterval(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              Map<String, Long> now = rows();
              boolean same = now.equals(last[0]);
              last[0] = now;
              return same;
            });
    return last[0];
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    Map<String, String> changed = new TreeMap<>();
    after.forEach(
        (table, count) -> {
          if (!count.equals(before.get(table))) {
            changed.put(table, before.get(table) + " -> " + count);
          }
        });
    return changed.toString();
  }

  private static final Random ADDRESSES = new Random();

  private Answer send(Client client, Attempt attempt) {
    // HTTP/1.1 as browsers speak it without TLS: over h2c Payara answers some requests 431, and
    // the JDK client stalls 30 s on a refused upgrade that carried a body.
    HttpRequest.Builder request =
        client.request(attempt.pathAndQuery()).version(HttpClient.Version.HTTP_1_1);
    // An address of its own for each request, so that per-address rate limits rarely answer.
    synchronized (ADDRESSES) {
      request.setHeader(
          "X-Forwarded-For",
          "10."
              + ADDRESSES.nextInt(256)
              + "."
              + ADDRESSES.nextInt(256)
              + "."
              + ADDRESSES.nextInt(1, 255));
    }
    if (attempt.contentType() != null) {
      request.header("Content-Type", attempt.contentType());
    }
    request.method(
        attempt.operation().method(),
        // The JDK client waits for the server to close the connection after an empty byte array.
        attempt.body() == null || attempt.body().length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
    long started = System.nanoTime();
    try {
      return client.send(request);
    } catch (UncheckedIOException e) {
      return null;
    } finally {
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (millis > 2_000) {
        System.out.printf("Hostile sweep: %s took %d ms%n", attempt, millis);
      }
    }
  }

  private static void check(Caller caller, Attempt attempt, Answer answer, List<String> failures) {
    String where = caller.name() + " " + attempt + " -> " + answer.status() + ": ";
    String body = answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body();
    if (answer.status() >= 500) {
      failures.add(where + body);
      return;
    }
    if (answer.status() < 400) {
      return;
    }
    if (answer.contentType().isEmpty() && answer.body().isEmpty() && answer.status() == 400) {
      // Refused by the HTTP server itself (a NUL, a backslash or bytes that are not UTF-8 in the
      // path) before the application sees it; nothing to render there.
      return;
    }
    if (attempt.kind().startsWith("encoded traversal") || attempt.kind().equals("encoded dots")) {
      // The server decodes %2F and %2E before routing: the path left /api and a page answered.
      return;
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      failures.add(where + "refused as " + answer.contentType() + ", not problem+json: " + body);
      return;
    }
    JsonObject problem;
    try {
      problem = answer.json();
    } catch (RuntimeException e) {
      failures.add(where + "problem+json that is not a JSON object: " + body);
      return;
    }
    if (!problem.getString("type", "").equals("/problems#validation")) {
      return;
    }
    if (!problem.containsKey("errors") || problem.getJsonArray("errors").isEmpty()) {
      failures.add(where + "a validation problem that names no field: " + body);
      return;
    }
    if (attempt.kind().equals("session id")) {
      // The server cuts ";jsessionid=..." and the rest of the path off before routing, so the
      // request reached another operation (PUT .../{slug}/status became PUT .../{slug}).
      return;
    }
    List<String> names = attempt.operation().fieldNames();
    for (JsonValue error : problem.getJsonArray("errors")) {
      String field = error.asJsonObject().getString("field", "");
      String first = field.split("[.\\[]", 2)[0];
      if (!names.contains(first)) {
        failures.add(where + "names field '" + field + "', which the request has not: " + body);
      }
    }
  }
}
