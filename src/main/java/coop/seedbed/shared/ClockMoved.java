package coop.seedbed.shared;

import java.time.Instant;

/**
 * Fired, synchronously, when a test deployment's clock was moved forward (see {@link
 * SettableClock}). Each piece of clockwork observes it and does its round at once, so that by the
 * time the move is answered, what falls due at the new time has been done.
 */
public record ClockMoved(Instant to) {

  /** Observers that produce mail run before this; the mail sender runs at it, last. */
  public static final int MAIL = 5000;
}
