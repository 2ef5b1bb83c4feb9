package coop.seedbed.accelerator;

import coop.seedbed.calendar.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A free interview time: its instants, and its date and time as read in the zone it names. */
public record InterviewSlotView(
    Instant start, Instant end, String timeZone, String date, String time) {

  static InterviewSlotView from(Interval slot, ZoneId zone) {
    ZonedDateTime local = slot.start().atZone(zone);
    return new InterviewSlotView(
        slot.start(), slot.end(), zone.getId(), Times.DAY.format(local), Times.TIME.format(local));
  }
}
