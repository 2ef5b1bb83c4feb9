package coop.seedbed.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date on which the usual weekly hours do not apply: the volunteer is available in these hours
 * instead, or, when there are none, not at all (a holiday).
 */
public record DateOverride(LocalDate date, List<TimeRange> hours) {

  public DateOverride {
    Objects.requireNonNull(date, "date");
    hours = List.copyOf(hours);
  }

  public static DateOverride unavailable(LocalDate date) {
    return new DateOverride(date, List.of());
  }
}
