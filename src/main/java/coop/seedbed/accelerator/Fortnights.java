package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A running cohort's fortnights, counted in whole days of its own calendar from its first day:
 * period 0 is days 0 to 13. Counting dates rather than hours keeps a fortnight fourteen days long
 * on the cohort's clock when the clocks change. A check-in before the first day counts for period
 * 0.
 */
final class Fortnights {

  static final int DAYS = 14;

  private Fortnights() {}

  static int period(LocalDate startsOn, LocalDate today) {
    long days = ChronoUnit.DAYS.between(startsOn, today);
    return days < 0 ? 0 : (int) (days / DAYS);
  }

  /** The period that {@code now} falls in, read on the cohort's clock. */
  static int period(LocalDate startsOn, Instant now, ZoneId zone) {
    return period(startsOn, LocalDate.ofInstant(now, zone));
  }

  static LocalDate firstDay(LocalDate startsOn, int period) {
    return startsOn.plusDays((long) DAYS * period);
  }

  /**
   * Whether a team has gone quiet: the cohort has started and the team has not checked in during
   * this fortnight or the one before.
   *
   * @param lastPeriod the latest period the team checked in for, or null for never
   */
  static boolean quiet(LocalDate startsOn, LocalDate today, Integer lastPeriod) {
    if (today.isBefore(startsOn)) {
      return false;
    }
    return lastPeriod == null || lastPeriod < period(startsOn, today) - 1;
  }
}
