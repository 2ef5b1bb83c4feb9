package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What an application window's local times mean on the time line. A window is set as staff say it
 * ("opens 1 December 09:00, closes 31 January 23:59, Europe/London") and kept that way, so the
 * deadline stays 23:59 on London's clock whatever the offset that day. Where a local time happens
 * twice (the hour the clocks go back), the window opens at the first and closes at the second, so
 * nobody loses the hour; where it never happens (the hour the clocks go forward), it is read as the
 * same moment an hour on, which java.time does for a gap.
 */
final class Deadlines {

  private Deadlines() {}

  static Instant opening(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.of(local, zone).withEarlierOffsetAtOverlap().toInstant();
  }

  static Instant closing(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.of(local, zone).withLaterOffsetAtOverlap().toInstant();
  }
}
