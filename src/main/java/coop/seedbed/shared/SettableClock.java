package coop.seedbed.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with the system's but can be moved forward, for test deployments only (see
 * {@link ClockProducer}). It never goes back: leases, holds and "sent once" marks all assume that
 * time does not run backwards, so a move into the past is refused rather than obeyed.
 */
public final class SettableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

  public SettableClock(Clock base) {
    this.base = base;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return SettableClock.this.withZone(other);
      }

      @Override
      public Instant instant() {
        return SettableClock.this.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return base.instant().plus(ahead.get());
  }

  /** Moves the clock forward by {@code step}, which must not be negative; returns the new time. */
  public Instant advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("The clock only moves forward");
    }
    ahead.accumulateAndGet(step, Duration::plus);
    return instant();
  }

  /**
   * Moves the clock to {@code target}; returns false, and leaves the clock as it was, when that is
   * in its past.
   */
  public boolean moveTo(Instant target) {
    while (true) {
      Duration was = ahead.get();
      Duration now = Duration.between(base.instant(), target);
      if (now.compareTo(was) < 0) {
        return false;
      }
      if (ahead.compareAndSet(was, now)) {
        return true;
      }
    }
  }
}
