package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times read to people: always in a named zone, never a bare clock time. */
final class Times {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private Times() {}

  /** "Tuesday 1 December 2026, 10:00 to 11:00 (Europe/London)". */
  static String describe(Interval interval, ZoneId zone) {
    ZonedDateTime start = interval.start().atZone(zone);
    ZonedDateTime end = interval.end().atZone(zone);
    String endText =
        end.toLocalDate().equals(start.toLocalDate())
            ? TIME.format(end)
            : DATE.format(end) + " " + TIME.format(end);
    return DATE.format(start)
        + ", "
        + TIME.format(start)
        + " to "
        + endText
        + " ("
        + zone.getId()
        + ")";
  }
}
