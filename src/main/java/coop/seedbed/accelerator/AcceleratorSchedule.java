package coop.seedbed.accelerator;

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
 * The accelerator's clockwork, on a thread of its own ({@link WakeableLoop}): offers not taken up
 * by their time lapse and their places go to the waitlist, and reviewers of late reviews are
 * reminded once. Safe on several instances: each offer is lapsed under its cohort's lock after a
 * fresh look, and each reminder is claimed by a conditional update.
 */
@ApplicationScoped
class AcceleratorSchedule {

  private static final Logger LOG = Logger.getLogger(AcceleratorSchedule.class.getName());

  @Inject DecisionService decisions;
  @Inject AssignmentService assignment;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.accelerator.poll-interval")
  Duration pollInterval;

  private final WakeableLoop loop = new WakeableLoop();

  void start(@Observes SchemaReady ready) {
    loop.start(threads, "seedbed-accelerator", pollInterval, this::tick);
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
      for (long id : decisions.lapsedOffers()) {
        decisions.lapse(id);
      }
      for (long id : assignment.lateReviews()) {
        assignment.remind(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Accelerator upkeep failed; retrying at the next tick", e);
    }
  }
}
