package coop.seedbed.matching;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Matchmaking's clockwork on a thread of its own: each unanswered request gets its one reminder,
 * and lapses at its time. Safe on several instances: a reminder is claimed by a conditional update,
 * a lapse is done under the request's row lock after a fresh look.
 */
@ApplicationScoped
class MatchSchedule {

  private static final Logger LOG = Logger.getLogger(MatchSchedule.class.getName());

  @Inject IntroductionService introductions;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.matching.poll-interval")
  Duration pollInterval;

  private final WakeableLoop loop = new WakeableLoop();

  void start(@Observes SchemaReady ready) {
    loop.start(threads, "seedbed-matching", pollInterval, this::tick);
  }

  /**
   * A test deployment's clock moved: what falls due at the new time is done before the move is
   * answered, as {@link ClockMoved} promises, rather than at the loop's next turn.
   */
  void clockMoved(@Observes ClockMoved moved) {
    tick();
  }

  @PreDestroy
  void stop() {
    loop.stop();
  }

  /**
   * Runs are one at a time: a test clock's move runs one beside the loop's, and must see that one's
   * writes done before it answers.
   */
  synchronized void tick() {
    try {
      for (long id : introductions.dueReminders()) {
        introductions.remind(id);
      }
      for (long id : introductions.lapsing()) {
        introductions.lapse(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Matchmaking upkeep failed; retrying at the next tick", e);
    }
  }
}
