package coop.seedbed.shared;

/** A thing that existed but is no longer usable: an expired or already used link. */
public class GoneException extends SeedbedException {

  public GoneException(String message) {
    super(message);
  }
}
