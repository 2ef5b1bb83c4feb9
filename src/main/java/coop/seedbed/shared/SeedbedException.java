package coop.seedbed.shared;

/**
 * A failure a user can understand and act on. Subclasses name the kind of failure; none of them
 * knows about HTTP, which the web layer derives from the kind.
 */
public abstract class SeedbedException extends RuntimeException {

  protected SeedbedException(String message) {
    super(message);
  }

  protected SeedbedException(String message, Throwable cause) {
    super(message, cause);
  }
}
