package coop.seedbed.shared;

/** The action needs a signed-in person (or the staff token) and the caller is neither. */
public class NotSignedInException extends SeedbedException {

  public NotSignedInException() {
    super("Please sign in first.");
  }

  /** For a failed sign-in, with a message that does not say which part was wrong. */
  public NotSignedInException(String message) {
    super(message);
  }
}
