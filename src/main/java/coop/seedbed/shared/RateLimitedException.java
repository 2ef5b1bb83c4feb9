package coop.seedbed.shared;

/** Too many attempts from one address or for one account; the caller may try again later. */
public class RateLimitedException extends SeedbedException {

  private final long retryAfterSeconds;

  public RateLimitedException(long retryAfterSeconds) {
    super("Too many attempts. Please wait " + describe(retryAfterSeconds) + " and try again.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A limit of a use case, told in its own words. */
  public RateLimitedException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static String describe(long seconds) {
    if (seconds < 90) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + " minutes";
  }
}
