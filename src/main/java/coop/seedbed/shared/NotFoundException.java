package coop.seedbed.shared;

/** The thing asked for does not exist, or is not visible to the caller. */
public class NotFoundException extends SeedbedException {

  public NotFoundException(String message) {
    super(message);
  }
}
