package coop.seedbed.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.metrics.Counter;
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

  /** A clock that moves on by {@code step} each time it is read, as a slow pass would see it. */
  private static final class MovingClock extends Clock {
    private Instant now = NOW;
    private final Duration step;

    MovingClock(Duration step) {
      this.step = step;
    }

    @Override
    public Instant instant() {
      Instant read = now;
      now = now.plus(step);
      return read;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static final class Tally implements Counter {
    private long count;

    @Override
    public void inc() {
      count++;
    }

    @Override
    public void inc(long n) {
      count += n;
    }

    @Override
    public long getCount() {
      return count;
    }
  }

  /** The outbox as a list in memory, recording what the sender asks of it. */
  private static final class Recording extends Outbox {
    final Deque<OutboxMessage> pending = new ArrayDeque<>();
    final List<OffsetDateTime> claims = new ArrayList<>();
    final List<Duration> leases = new ArrayList<>();
    final List<Long> sent = new ArrayList<>();
    final List<Long> failed = new ArrayList<>();
    boolean databaseDown;
    int markSentFailures;

    @Override
    Optional<OutboxMessage> claimNext(OffsetDateTime now, Duration lease) {
      OutboxMessage next = pending.poll();
      if (next == null) {
        return Optional.empty();
      }
      claims.add(now);
      leases.add(lease);
      next.attempts++;
      return Optional.of(next);
    }

    @Override
    int releaseExpiredClaims() {
      return 0;
    }

    @Override
    int purgeSentBefore(OffsetDateTime cutoff) {
      return 0;
    }

    @Override
    boolean markSent(long id, int attempt, String messageId, OffsetDateTime now) {
      if (markSentFailures > 0) {
        markSentFailures--;
        throw new IllegalStateException("connection reset");
      }
      if (databaseDown) {
        throw new IllegalStateException("connection refused");
      }
      sent.add(id);
      return true;
    }

    @Override
    boolean markFailed(long id, int attempt, String error, Optional<OffsetDateTime> retryAt) {
      failed.add(id);
      return true;
    }
  }

  private static OutboxMessage message(long id) {
    OutboxMessage m = new OutboxMessage();
    m.id = id;
    m.recipient = "someone@example.org";
    m.subject = "Hello";
    m.textBody = "Hello";
    m.status = MailStatus.SENDING;
    return m;
  }

  private static OutboxSender sending(Recording outbox, Clock clock, List<Long> delivered) {
    OutboxSender sender = new OutboxSender();
    sender.clock = clock;
    sender.retryBackoff = Duration.ofSeconds(30);
    sender.maxAttempts = 8;
    sender.keepSent = Duration.ofDays(30);
    sender.from = "Seedbed <noreply@seedbed.localhost>";
    sender.outbox = outbox;
    sender.sent = new Tally();
    sender.failedAttempts = new Tally();
    sender.transport =
        new MailTransport() {
          @Override
          public Session session() {
            return Session.getInstance(new Properties());
          }

          @Override
          public void deliver(MimeMessage message) {
            delivered.add(1L);
          }

          @Override
          public String describe() {
            return "memory";
          }
        };
    return sender;
  }

  @Test
  void eachMail_isLeasedFromTheMomentItIsClaimed_notFromTheStartOfAPass() {
    Recording outbox = new Recording();
    for (long id = 1; id <= 5; id++) {
      outbox.pending.add(message(id));
    }
    // Each read of the clock is two minutes later: the fifth mail is claimed long after the pass
    // began, and a lease counted from the start would have run out before it was even sent.
    OutboxSender sender =
        sending(outbox, new MovingClock(Duration.ofMinutes(2)), new ArrayList<>());

    sender.deliverDue();

    assertThat(outbox.claims).hasSize(5).isSorted().doesNotHaveDuplicates();
    assertThat(outbox.leases).containsOnly(OutboxSender.LEASE);
    assertThat(outbox.sent).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aMailTheServerAccepted_isNeverScheduledAgain_whenTheDatabaseFailsAfterwards() {
    Recording outbox = new Recording();
    outbox.pending.add(message(7));
    outbox.databaseDown = true;
    List<Long> delivered = new ArrayList<>();
    OutboxSender sender = sending(outbox, Clock.fixed(NOW, ZoneOffset.UTC), delivered);

    sender.deliverDue();

    assertThat(delivered).hasSize(1);
    assertThat(outbox.failed).as("not marked failed and retried").isEmpty();
  }

  @Test
  void aDeliveryTheDatabaseCouldNotRecord_isRecordedOnALaterPass_andNotSentAgain() {
    Recording outbox = new Recording();
    outbox.pending.add(message(7));
    // The database answers the claim, then is away for the next three tries to record it: longer
    // than retrying within the pass can wait out.
    outbox.markSentFailures = 3;
    List<Long> delivered = new ArrayList<>();
    OutboxSender sender = sending(outbox, Clock.fixed(NOW, ZoneOffset.UTC), delivered);

    sender.deliverDue();
    assertThat(delivered).hasSize(1);
    assertThat(outbox.sent).isEmpty();

    sender.deliverDue();
    sender.deliverDue();
    sender.deliverDue();

    assertThat(outbox.sent).as("recorded once the database is back").containsExactly(7L);
    assertThat(delivered).as("not sent again").hasSize(1);
    assertThat(outbox.failed).isEmpty();
  }
}
