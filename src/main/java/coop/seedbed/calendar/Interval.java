package coop.seedbed.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time from {@code start} (included) to {@code end} (excluded), on the UTC time line. */
public record Interval(Instant start, Instant end) {

  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "An interval cannot end before it starts: " + start + " to " + end);
    }
  }

  public static Interval of(Instant start, Duration length) {
    return new Interval(start, start.plus(length));
  }

  /** Whether the two share any moment; touching ends (10:00-11:00 and 11:00-12:00) do not. */
  public boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(Instant moment) {
    return !moment.isBefore(start) && moment.isBefore(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }
}
