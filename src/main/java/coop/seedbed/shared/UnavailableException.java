package coop.seedbed.shared;

/** Something that works but is not ready yet (the search index being built); try again shortly. */
public class UnavailableException extends SeedbedException {

  private final long retryAfterSeconds;

  public UnavailableException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
