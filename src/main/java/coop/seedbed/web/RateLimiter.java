package coop.seedbed.web;

import coop.seedbed.shared.Limit;
import coop.seedbed.shared.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets kept in this instance's memory, keyed by what is being limited ("sign-in") and by
 * whom (an address or an email). A bucket holds {@code events} tokens and refills evenly over the
 * window, so a burst is allowed once and then the pace is held. With several instances each keeps
 * its own buckets, which at worst multiplies a limit by the number of instances.
 */
@ApplicationScoped
public class RateLimiter {

  private static final int SWEEP_EVERY = 4096;

  @Inject Clock clock;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  /** Takes one event for {@code key}, or throws with how long to wait. */
  public void acquire(String purpose, String key, Limit limit) {
    long now = clock.millis();
    if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
      sweep(now);
    }
    Bucket bucket = buckets.computeIfAbsent(purpose + '\u0000' + key, k -> new Bucket(limit, now));
    long waitMillis = bucket.take(limit, now);
    if (waitMillis > 0) {
      throw new RateLimitedException(Math.max(1, (waitMillis + 999) / 1000));
    }
  }

  /** Drops buckets that have refilled completely: they hold no information. */
  private void sweep(long now) {
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      if (it.next().isFull(now)) {
        it.remove();
      }
    }
  }

  private static final class Bucket {
    private final long windowMillis;
    private double tokens;
    private long updated;

    Bucket(Limit limit, long now) {
      this.windowMillis = limit.window().toMillis();
      this.tokens = limit.events();
      this.updated = now;
    }

    /** Returns 0 when a token was taken, else the milliseconds until one will be there. */
    synchronized long take(Limit limit, long now) {
      double perMilli = (double) limit.events() / limit.window().toMillis();
      tokens = Math.min(limit.events(), tokens + (now - updated) * perMilli);
      updated = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perMilli);
    }

    synchronized boolean isFull(long now) {
      return now - updated >= windowMillis;
    }
  }
}
