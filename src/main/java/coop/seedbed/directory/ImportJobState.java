package coop.seedbed.directory;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Where a bulk import job is. Only queued, running, done and failed are stored (and interrupted
 * when its instance stopped it on the way down); a queued or running job whose heartbeat is older
 * than {@link #STALE_AFTER} by the database's clock lost its instance without a word and reads as
 * interrupted, whatever its row still says.
 */
enum ImportJobState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  INTERRUPTED;

  /** The instance running a job writes its heartbeat once a batch; batches take well under this. */
  static final Duration STALE_AFTER = Duration.ofMinutes(2);

  /** The state a job is shown in, from its stored state and heartbeat and the database's time. */
  static ImportJobState shown(String stored, OffsetDateTime heartbeat, OffsetDateTime now) {
    ImportJobState state = valueOf(stored);
    boolean unfinished = state == QUEUED || state == RUNNING;
    if (unfinished && heartbeat.isBefore(now.minus(STALE_AFTER))) {
      return INTERRUPTED;
    }
    return state;
  }

  boolean finished() {
    return this == DONE || this == FAILED || this == INTERRUPTED;
  }

  /** The name clients see: {@code queued}, {@code running}... */
  String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
