package coop.seedbed.http;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.shared.InvalidInputException.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} points into Seedbed's own list of problem types at
 * {@code /problems}; {@code errors} lists one entry per rejected field.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String existing,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(ProblemType type, String detail) {
    return of(type, type.status(), detail);
  }

  /** A problem of a type with a status of its own, for the HTTP statuses no type names. */
  public static Problem of(ProblemType type, int status, String detail) {
    return new Problem(
        "/problems#" + type.slug(), type.title(), status, detail, List.of(), null, null);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, fieldErrors, existing, incident);
  }

  public Problem withExisting(String link) {
    return new Problem(type, title, status, detail, errors, link, incident);
  }

  public Problem withIncident(String id) {
    return new Problem(type, title, status, detail, errors, existing, id);
  }

  public JsonObject toJson() {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      json.add("errors", list);
    }
    if (existing != null) {
      json.add("existing", existing);
    }
    if (incident != null) {
      json.add("incident", incident);
    }
    return json.build();
  }
}
