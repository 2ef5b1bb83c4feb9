package coop.seedbed.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private OutboxSender sender(int maxAttempts) {
    OutboxSender sender = new OutboxSender();
    sender.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    sender.retryBackoff = Duration.ofSeconds(30);
    sender.maxAttempts = maxAttempts;
    return sender;
  }

  @Test
  void retries_doubleTheirWait_andStopAfterTheLastAttempt() {
    OutboxSender sender = sender(8);
    OffsetDateTime now = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
    assertThat(sender.retryAt(1)).hasValue(now.plusSeconds(30));
    assertThat(sender.retryAt(2)).hasValue(now.plusSeconds(60));
    assertThat(sender.retryAt(3)).hasValue(now.plusSeconds(120));
    assertThat(sender.retryAt(8)).isEmpty();
  }

  @Test
  void theWait_neverExceedsSixHours() {
    OutboxSender sender = sender(100);
    OffsetDateTime now = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
    assertThat(sender.retryAt(40)).hasValue(now.plusHours(6));
  }
}
