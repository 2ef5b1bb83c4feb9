package coop.seedbed.booking;

import java.time.LocalTime;
import java.util.Objects;

/** Clock hours within one day, such as 10:00 to 12:00; they always end after they start. */
public record TimeRange(LocalTime start, LocalTime end) {

  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "Hours must end after they start: " + start + " to " + end);
    }
  }
}
