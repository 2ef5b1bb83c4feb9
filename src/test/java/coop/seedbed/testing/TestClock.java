package coop.seedbed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;

/**
 * The test deployment's clock ({@code seedbed.testing.settable-clock=true} in arquillian.xml): read
 * it, and move it forward instead of waiting. A move is answered once the application's clockwork
 * (holds, reminders, lapses, the yearly check, the outbox) has run at the new time, so what fell
 * due is done, and its mail delivered, when {@link #advance} returns.
 */
public final class TestClock {

  private TestClock() {}

  /** The application's time now. */
  public static Instant now(URL base) {
    Client.Answer answer = People.staff(base).get("/api/admin/clock");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return Instant.parse(answer.json().getString("now"));
  }

  /** Moves the application's clock forward by {@code by}; returns its new time. */
  public static Instant advance(URL base, Duration by) {
    Client.Answer answer =
        People.staff(base)
            .putJson(
                "/api/admin/clock", Json.createObjectBuilder().add("by", by.toString()).build());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return Instant.parse(answer.json().getString("now"));
  }
}
