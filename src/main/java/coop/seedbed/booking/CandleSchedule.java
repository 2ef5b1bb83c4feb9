package coop.seedbed.booking;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clockwork of Digital Candle: lets lapsed holds go, sends each reminder once, and reads
 * volunteers' calendar feeds again. Safe on several instances at once: every step takes its row
 * with a conditional update or a lock first.
 */
@ApplicationScoped
class CandleSchedule {

  private static final Logger LOG = Logger.getLogger(CandleSchedule.class.getName());

  @Inject HoldAndConfirm holds;
  @Inject Reminders reminders;
  @Inject VolunteerService volunteers;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.candle.poll-interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "seedbed.candle.reminder-before")
  Duration reminderBefore;

  @Inject
  @ConfigProperty(name = "seedbed.candle.busy-refresh")
  Duration busyRefresh;

  private final WakeableLoop upkeep = new WakeableLoop();
  private final WakeableLoop calendars = new WakeableLoop();

  void start(@Observes SchemaReady ready) {
    upkeep.start(threads, "seedbed-candle-upkeep", pollInterval, this::tick);
    calendars.start(threads, "seedbed-candle-calendars", busyRefresh, this::refreshCalendars);
  }

  @PreDestroy
  void stop() {
    upkeep.stop();
    calendars.stop();
  }

  /** A test deployment's clock moved: holds and reminders due at the new time, now. */
  void clockMoved(@Observes ClockMoved moved) {
    tick();
  }

  /**
   * Runs are one at a time: a test clock's move runs one beside the schedule's, and must see that
   * one's reminders written before it answers.
   */
  synchronized void tick() {
    try {
      holds.expireHolds();
      for (long id : reminders.dueReminders(reminderBefore)) {
        reminders.remind(id);
      }
    } catch (RuntimeException e) {
      // The next tick tries again; a scheduled task that throws would never run again.
      LOG.log(Level.WARNING, "Digital Candle upkeep failed; retrying at the next tick", e);
    }
  }

  void refreshCalendars() {
    List<Long> ids;
    try {
      ids = volunteers.withBusyUrl();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not list volunteers' calendars", e);
      return;
    }
    for (long id : ids) {
      try {
        volunteers.refresh(id, busyRefresh);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reading the calendar of volunteer " + id + " failed", e);
      }
    }
  }
}
