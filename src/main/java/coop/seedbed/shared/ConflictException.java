package coop.seedbed.shared;

import java.util.Optional;

/**
 * The request clashes with what exists: a taken slot, a duplicate listing. {@code existing} points
 * the user to the thing it clashes with, when there is one they may see.
 */
public class ConflictException extends SeedbedException {

  private final String existing;

  public ConflictException(String message) {
    this(message, null);
  }

  public ConflictException(String message, String existing) {
    super(message);
    this.existing = existing;
  }

  public Optional<String> existing() {
    return Optional.ofNullable(existing);
  }
}
