package coop.seedbed.shared;

/** An uploaded file whose contents are of a type this place does not take. */
public class UnsupportedTypeException extends SeedbedException {

  public UnsupportedTypeException(String message) {
    super(message);
  }
}
