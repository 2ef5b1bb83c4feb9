package coop.seedbed.directory;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps listings true over time. A listing not confirmed for {@code
 * seedbed.directory.reconfirm-after} gets a "still going?" mail to its maintainers; when nobody
 * answers within {@code seedbed.directory.unconfirmed-after}, it is shown as unconfirmed and ranked
 * lower. Listings are never deleted for this. Listings without maintainers cannot be asked, so they
 * are marked when both periods have passed since they were last confirmed.
 */
@ApplicationScoped
public class Reconfirmation {

  private static final Logger LOG = Logger.getLogger(Reconfirmation.class.getName());
  static final int BATCH = 100;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** What the yearly check does to one listing. */
  enum Step {
    NOTHING,
    ASK,
    MARK_UNCONFIRMED
  }

  @Inject StillGoing stillGoing;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.directory.reconfirm-after")
  Duration reconfirmAfter;

  @Inject
  @ConfigProperty(name = "seedbed.directory.unconfirmed-after")
  Duration unconfirmedAfter;

  @Inject
  @ConfigProperty(name = "seedbed.directory.reconfirm-check-interval")
  Duration interval;

  private final WakeableLoop loop = new WakeableLoop();

  void start(@Observes SchemaReady ready) {
    loop.start(threads, "seedbed-reconfirmation", interval, this::checkSafely);
  }

  @PreDestroy
  void stop() {
    loop.stop();
  }

  /**
   * The day a listing was last confirmed, as its reader would name it: in their own zone when a
   * feature knows it, else in UTC and saying so, since late evening in UTC is already tomorrow
   * elsewhere.
   */
  static String day(OffsetDateTime at, Optional<ZoneId> readerZone) {
    return readerZone
        .map(zone -> DAY.format(at.atZoneSameInstant(zone)))
        .orElseGet(() -> DAY.format(at.atZoneSameInstant(ZoneOffset.UTC)) + " (UTC)");
  }

  /** The rule, on its own so that it can be tested with any dates. */
  static Step step(
      OffsetDateTime lastConfirmed,
      OffsetDateTime asked,
      boolean unconfirmed,
      boolean hasMaintainers,
      OffsetDateTime now,
      Duration reconfirmAfter,
      Duration unconfirmedAfter) {
    if (unconfirmed) {
      return Step.NOTHING;
    }
    if (asked != null) {
      return now.isAfter(asked.plus(unconfirmedAfter)) ? Step.MARK_UNCONFIRMED : Step.NOTHING;
    }
    if (!now.isAfter(lastConfirmed.plus(reconfirmAfter))) {
      return Step.NOTHING;
    }
    if (hasMaintainers) {
      return Step.ASK;
    }
    return now.isAfter(lastConfirmed.plus(reconfirmAfter).plus(unconfirmedAfter))
        ? Step.MARK_UNCONFIRMED
        : Step.NOTHING;
  }

  /** A test deployment's clock moved: the check runs at the new time, now. */
  void clockMoved(@Observes ClockMoved moved) {
    checkSafely();
  }

  /** One pass at a time, so that a test clock's move waits for a scheduled pass under way. */
  private synchronized void checkSafely() {
    try {
      checkNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reconfirmation check failed; it runs again later", e);
    }
  }

  /** One pass over every listing that is due; returns how many it asked or marked. */
  int checkNow() {
    int total = 0;
    int acted;
    do {
      acted =
          stillGoing.reconfirmBatch(
              OffsetDateTime.now(clock), reconfirmAfter, unconfirmedAfter, BATCH);
      total += acted;
    } while (acted == BATCH);
    return total;
  }
}
