package coop.seedbed.accelerator;

import coop.seedbed.booking.Availability;
import coop.seedbed.booking.DateOverride;
import coop.seedbed.booking.Hours;
import coop.seedbed.shared.InvalidInputException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The interview panel's hours, written as Digital Candle's dated lines ("2027-02-10
 * 10:00-12:00,14:00-16:00") in the cohort's zone, as the {@link Availability} that Digital Candle's
 * slot planner offers slots from: interviews back to back, a day's notice.
 */
final class InterviewHours {

  private InterviewHours() {}

  static List<DateOverride> parse(String text, ZoneId zone, int minutes) {
    List<DateOverride> days = Hours.overrides(text, "interviewHours");
    if (days.stream().allMatch(d -> d.hours().isEmpty())) {
      throw new InvalidInputException(
          "interviewHours",
          "Give at least one day with hours for interviews, as in \"2027-02-10 10:00-16:00\".");
    }
    try {
      availability(days, zone, minutes);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "interviewMinutes", "An interview lasts a whole number of minutes in steps of five.");
    }
    return days;
  }

  static Availability of(Cohort c) {
    return availability(
        parse(c.interviewHours, c.zone(), c.interviewMinutes), c.zone(), c.interviewMinutes);
  }

  private static Availability availability(List<DateOverride> days, ZoneId zone, int minutes) {
    return new Availability(
        zone,
        List.of(),
        days,
        Duration.ofMinutes(minutes),
        Duration.ZERO,
        Duration.ofHours(24),
        Duration.ofDays(366),
        10_000);
  }
}
