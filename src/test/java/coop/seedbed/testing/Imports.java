package coop.seedbed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * The staff import as a client uses it: post the lines, which answers 202 with the job's address,
 * then ask for the job until it has finished. Every test that needs listings in bulk goes through
 * here.
 */
public final class Imports {

  private static final Set<String> FINISHED = Set.of("done", "failed", "interrupted");

  private Imports() {}

  /** Imports the lines and returns the finished job's view; fails unless it finished as done. */
  public static JsonObject run(Client staff, List<String> lines) {
    return run(staff, String.join("\n", lines), Duration.ofMinutes(4));
  }

  public static JsonObject run(Client staff, String body, Duration timeout) {
    JsonObject job = finish(staff, start(staff, body), timeout);
    assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
    return job;
  }

  /** Posts the body and checks the answer: 202, the job's view, its address in Location. */
  public static String start(Client staff, String body) {
    Client.Answer answer =
        staff.send(
            staff
                .request("/api/admin/organisations/import")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
    String location = answer.header("Location").orElseThrow();
    String path = URI.create(location).getPath();
    assertThat(path).isEqualTo(answer.json().getString("url"));
    return path;
  }

  /** Asks for the job at {@code path} until it has finished, and returns its last view. */
  public static JsonObject finish(Client staff, String path, Duration timeout) {
    AtomicReference<JsonObject> last = new AtomicReference<>();
    Awaitility.await()
        .atMost(timeout)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Client.Answer answer = staff.get(path);
              assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
              last.set(answer.json());
              return FINISHED.contains(answer.json().getString("state"));
            });
    return last.get();
  }
}
