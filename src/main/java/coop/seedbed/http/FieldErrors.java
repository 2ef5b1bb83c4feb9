package coop.seedbed.http;

import coop.seedbed.shared.InvalidInputException.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as the fields a client sent, so the API's problem documents and the
 * pages' messages name the same field in the same order.
 */
public final class FieldErrors {

  private FieldErrors() {}

  public static List<FieldError> of(ConstraintViolationException violations) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    return errors;
  }

  /**
   * {@code signUp.request.email} names the field {@code email}: the method and parameter are how
   * the validator found it, not what the client sent.
   */
  static String fieldName(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = "";
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.getName() == null) {
          continue;
        }
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? parameter : field.toString();
  }
}
