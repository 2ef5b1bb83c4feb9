package coop.seedbed.shared;

/** A body or file above the configured limit. */
public class TooLargeException extends SeedbedException {

  public TooLargeException(String message) {
    super(message);
  }
}
