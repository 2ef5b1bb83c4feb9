package coop.seedbed.http;

import java.util.Arrays;

/**
 * Every kind of problem the API answers with; {@code /problems} documents each under its slug. A
 * problem can only be made from one of these, so the page and the answers cannot drift apart.
 */
public enum ProblemType {
  MALFORMED("malformed", "Malformed request", 400),
  NOT_SIGNED_IN("not-signed-in", "Not signed in", 401),
  FORBIDDEN("forbidden", "Forbidden", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method Not Allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not Acceptable", 406),
  CONFLICT("conflict", "Conflict", 409),
  GONE("gone", "Gone", 410),
  TOO_LARGE("too-large", "Too large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported Media Type", 415),
  UNSUPPORTED_TYPE("unsupported-type", "File type not taken", 415),
  VALIDATION("validation", "Invalid input", 422),
  RATE_LIMITED("rate-limited", "Too many requests", 429),
  INTERNAL("internal", "Internal error", 500),
  UNAVAILABLE("unavailable", "Not ready yet", 503);

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /**
   * The type for a bare HTTP status, as JAX-RS raises them: the first type with that status, else a
   * request Seedbed cannot read (4xx) or its own failure (5xx).
   */
  public static ProblemType forStatus(int status) {
    return Arrays.stream(values())
        .filter(t -> t.status == status)
        .findFirst()
        .orElse(status >= 500 ? INTERNAL : MALFORMED);
  }
}
