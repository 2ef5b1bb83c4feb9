package coop.seedbed.shared;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * A rate limit as written in configuration: {@code 10/PT5M} allows ten events in five minutes.
 *
 * @param events how many events the window allows
 * @param window the length of the window
 */
public record Limit(int events, Duration window) {

  public Limit {
    if (events < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one event in a positive window");
    }
  }

  /** Also MicroProfile Config's implicit converter, so a {@code Limit} can be injected directly. */
  public static Limit parse(CharSequence value) {
    String text = value.toString();
    int slash = text.indexOf('/');
    if (slash < 1) {
      throw new IllegalArgumentException("expected a limit such as 10/PT5M, got " + text);
    }
    try {
      return new Limit(
          Integer.parseInt(text.substring(0, slash).trim()),
          Duration.parse(text.substring(slash + 1).trim()));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("expected a limit such as 10/PT5M, got " + text, e);
    }
  }
}
