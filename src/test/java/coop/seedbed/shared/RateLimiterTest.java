package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final MovableClock clock = new MovableClock();
  private final RateLimiter limiter = new RateLimiter();
  private final Limit threeAMinute = new Limit(3, Duration.ofMinutes(1));

  RateLimiterTest() {
    limiter.clock = clock;
  }

  /** Addresses that each ask once cannot make the limiter hold more than it may. */
  @Test
  void manySubjects_neverHoldMoreBucketsThanTheBound() {
    limiter.maxBuckets = 1000;
    for (int i = 0; i < 50_000; i++) {
      limiter.acquire(
          "sign-in", "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), threeAMinute);
    }
    assertThat(limiter.buckets()).isLessThanOrEqualTo(1000);
    // A subject just counted is still counted: the ones let go are the longest untouched.
    limiter.acquire("sign-in", "192.0.2.1", threeAMinute);
    limiter.acquire("sign-in", "192.0.2.1", threeAMinute);
    limiter.acquire("sign-in", "192.0.2.1", threeAMinute);
    assertThatThrownBy(() -> limiter.acquire("sign-in", "192.0.2.1", threeAMinute))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void aBurstUpToTheLimitPasses_theNextIsRefusedWithTheWait() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("sign-in", "10.0.0.1", threeAMinute);
    }
    assertThatThrownBy(() -> limiter.acquire("sign-in", "10.0.0.1", threeAMinute))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(20));
  }

  @Test
  void tokensComeBackEvenlyOverTheWindow() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("sign-in", "10.0.0.1", threeAMinute);
    }
    clock.advance(Duration.ofSeconds(20));
    limiter.acquire("sign-in", "10.0.0.1", threeAMinute);
    assertThatThrownBy(() -> limiter.acquire("sign-in", "10.0.0.1", threeAMinute))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void keysAndPurposesAreCountedApart() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("sign-in", "10.0.0.1", threeAMinute);
    }
    assertThatCode(() -> limiter.acquire("sign-in", "10.0.0.2", threeAMinute))
        .as("another address")
        .doesNotThrowAnyException();
    assertThatCode(() -> limiter.acquire("sign-up", "10.0.0.1", threeAMinute))
        .as("another purpose")
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> limiter.acquire("sign-in", "10.0.0.1", threeAMinute))
        .as("the address and purpose that used their three")
        .isInstanceOf(RateLimitedException.class);
  }

  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
