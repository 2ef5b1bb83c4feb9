package coop.seedbed.shared;

import java.util.List;

/**
 * Input that is well formed but not acceptable, with the fields it concerns so that a page can show
 * each message beside its field.
 */
public class InvalidInputException extends SeedbedException {

  /**
   * One rejected field; {@code field} is the request's property name, or empty for the whole input.
   */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "The input is not valid." : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
