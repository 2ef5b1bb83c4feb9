package coop.seedbed.accelerator;

import coop.seedbed.calendar.Interval;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the accelerator's times read to people: always with the zone they are in. */
final class Times {

  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private Times() {}

  /** "Sunday 31 January 2027, 23:59 (Europe/London)": a local time as staff set it. */
  static String local(LocalDateTime time, ZoneId zone) {
    return DATE_TIME.format(time) + " (" + zone.getId() + ")";
  }

  /** An instant as it reads in {@code zone}. */
  static String at(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /** "Tuesday 9 February 2027, 10:00 to 10:30 (Europe/London)". */
  static String span(Interval interval, ZoneId zone) {
    ZonedDateTime start = interval.start().atZone(zone);
    ZonedDateTime end = interval.end().atZone(zone);
    String endText =
        end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : DATE_TIME.format(end);
    return DATE_TIME.format(start) + " to " + endText + " (" + zone.getId() + ")";
  }

  /** A zone a visitor gave, or UTC when they gave none or one we do not know. */
  static ZoneId visitorZone(String id) {
    if (id == null || id.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
