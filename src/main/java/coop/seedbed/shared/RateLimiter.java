package coop.seedbed.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets keyed by what is being limited ("sign-in") and by whom (an address or an email). A
 * bucket holds {@code events} tokens and refills evenly over the window, so a burst is allowed once
 * and then the pace is held. On PostgreSQL the buckets are rows shared by every instance (see
 * {@link SharedRateBuckets}), so a limit is not multiplied by the number of instances; on H2, which
 * runs as one instance, they are kept in this instance's memory. Memory is bounded (see {@link
 * #maxBuckets}), and an IPv6 client counts as its /64 (see {@code
 * coop.seedbed.http.ClientAddress}).
 */
@ApplicationScoped
public class RateLimiter {

  private static final int SWEEP_EVERY = 4096;

  @Inject Clock clock;

  /**
   * At most this many buckets are kept (about 16 MB): past it the longest untouched go first, so a
   * flood of one-off addresses cannot grow memory without end.
   */
  int maxBuckets = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  @Inject Instance<SharedRateBuckets> shared;

  @Inject
  @ConfigProperty(name = "seedbed.db.datasource-class")
  String dataSourceClass;

  /** PostgreSQL is where several instances may run; H2 is one instance by nature. */
  boolean inDatabase() {
    return dataSourceClass != null && dataSourceClass.startsWith("org.postgresql");
  }

  /** Takes one event for {@code key}, or throws with how long to wait. */
  public void acquire(String purpose, String key, Limit limit) {
    if (shared != null && inDatabase()) {
      SharedRateBuckets buckets = shared.get();
      if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
        buckets.forgetIdle();
      }
      long waitMillis = buckets.take(purpose, key, limit);
      if (waitMillis > 0) {
        throw new RateLimitedException(Math.max(1, (waitMillis + 999) / 1000));
      }
      return;
    }
    long now = clock.millis();
    if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
      sweep(now);
    }
    if (buckets.size() >= maxBuckets) {
      makeRoom(now);
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

  int buckets() {
    return buckets.size();
  }

  /** Sweeps, and if that is not enough lets go of the quarter touched longest ago. */
  private synchronized void makeRoom(long now) {
    if (buckets.size() < maxBuckets) {
      return;
    }
    sweep(now);
    int excess = buckets.size() - maxBuckets * 3 / 4;
    if (excess <= 0) {
      return;
    }
    buckets.entrySet().stream()
        .sorted(Comparator.comparingLong(e -> e.getValue().updated()))
        .limit(excess)
        .map(Map.Entry::getKey)
        .toList()
        .forEach(buckets::remove);
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

    synchronized long updated() {
      return updated;
    }

    synchronized boolean isFull(long now) {
      return now - updated >= windowMillis;
    }
  }
}
