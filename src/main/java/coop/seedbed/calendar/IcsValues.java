package coop.seedbed.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The value types of RFC 5545 that decide busy times (DATE, DATE-TIME, DURATION, PERIOD, RECUR),
 * read as written, before any time zone is applied. A value that cannot be read throws {@link
 * UnreadableValueException}, which callers turn into a note for the volunteer.
 */
final class IcsValues {

  /**
   * yyyyMMdd, optionally THHmm[ss], optionally Z. Times without seconds, and dates with a Z (as in
   * Google's birthday calendars), are slips that are read anyway.
   */
  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:[Tt](\\d{2})(\\d{2})(\\d{2})?)?([Zz])?");

  /** RFC 5545 section 3.3.6: weeks and days are nominal, hours, minutes and seconds exact. */
  /** The most dates one period of a repeat rule may list; real rules list a handful. */
  static final long MAX_CANDIDATES = 50_000;

  private static final Pattern DURATION =
      Pattern.compile(
          "([+-])?P(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?:(\\d{1,7})H)?(?:(\\d{1,9})M)?(?:(\\d{1,10})S)?)?");

  private IcsValues() {}

  /** A DATE or DATE-TIME as written: a local date and time, and whether it was a date or UTC. */
  record Time(LocalDateTime local, boolean isDate, boolean isUtc) {}

  /**
   * How long something lasts: {@code days} on the calendar (a day across a clock change is 23 or 25
   * hours) plus an exact {@code time}.
   */
  record Length(long days, Duration time) {
    static final Length ZERO = new Length(0, Duration.ZERO);

    static Length ofDays(long days) {
      return new Length(days, Duration.ZERO);
    }

    boolean isPositive() {
      return days > 0 || (days == 0 && time.compareTo(Duration.ZERO) > 0);
    }

    /** At least as long as this length whatever the clocks do; never negative. */
    Duration upperBound() {
      Duration longestDays = Duration.ofHours(25 * Math.max(0, days));
      return longestDays.plus(time.isNegative() ? Duration.ZERO : time);
    }
  }

  /** A PERIOD: a start, and either an explicit {@code end} or a {@code length} (the other null). */
  record Period(Time start, Time end, Length length) {

    /** The period on the time line, its times read in {@code zone} unless they are in UTC. */
    Interval in(ZoneRules zone) {
      Instant from = ZoneLookup.instant(start, zone);
      Instant until =
          end != null
              ? ZoneLookup.instant(end, zone)
              : ZoneLookup.instant(
                      start.local().plusDays(length.days()), start.isUtc() ? ZoneLookup.UTC : zone)
                  .plus(length.time());
      return new Interval(from, until.isBefore(from) ? from : until);
    }
  }

  /**
   * A RECUR value (RRULE) read by iCal4j, except for its UNTIL, which is kept apart to be compared
   * on the time line: iCal4j would compare a UTC UNTIL with wall-clock dates.
   */
  record Recurrence(Recur<LocalDateTime> recur, Optional<Time> until) {}

  /** Thrown for a value that does not follow RFC 5545 closely enough to be read. */
  static final class UnreadableValueException extends RuntimeException {
    UnreadableValueException(String value) {
      super("Unreadable iCalendar value: " + value, null, false, false);
    }
  }

  static Time time(String value) {
    String text = value == null ? "" : value.strip();
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      throw new UnreadableValueException(text);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (m.group(4) == null) {
        return new Time(LocalDateTime.of(year, month, day, 0, 0), true, false);
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6)));
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
      return new Time(local, false, m.group(7) != null);
    } catch (DateTimeException outOfRange) {
      throw new UnreadableValueException(text);
    }
  }

  static Length length(String value) {
    String text = value == null ? "" : value.strip();
    Matcher m = DURATION.matcher(text);
    if (!m.matches() || text.endsWith("P") || text.endsWith("T")) {
      throw new UnreadableValueException(text);
    }
    long sign = "-".equals(m.group(1)) ? -1 : 1;
    long days = 7 * number(m.group(2)) + number(m.group(3));
    Duration time =
        Duration.ofHours(number(m.group(4)))
            .plusMinutes(number(m.group(5)))
            .plusSeconds(number(m.group(6)));
    return new Length(sign * days, sign < 0 ? time.negated() : time);
  }

  /**
   * A RECUR value. Refused as unreadable when one period of the rule would list more than {@link
   * #MAX_CANDIDATES} candidate dates (every minute of every day of the year, say), which iCal4j
   * would build in memory all at once.
   */
  static Recurrence recurrence(String value) {
    StringBuilder withoutUntil = new StringBuilder();
    Optional<Time> until = Optional.empty();
    // Some programs escape the semicolons of a rule as if it were text.
    for (String part : value.replace("\\", "").strip().split(";")) {
      String upper = part.strip().toUpperCase(Locale.ROOT);
      if (upper.isEmpty() || upper.startsWith("X-")) {
        continue;
      }
      if (upper.startsWith("UNTIL=")) {
        until = Optional.of(time(upper.substring("UNTIL=".length())));
        continue;
      }
      withoutUntil.append(withoutUntil.length() == 0 ? "" : ";").append(upper);
    }
    Recur<LocalDateTime> recur;
    try {
      recur = new Recur<>(withoutUntil.toString());
    } catch (RuntimeException unreadable) {
      throw new UnreadableValueException(value);
    }
    if (candidatesPerPeriod(recur) > MAX_CANDIDATES) {
      throw new UnreadableValueException(value);
    }
    return new Recurrence(recur, until);
  }

  /** A PERIOD, "start/end" or "start/duration". */
  static Period period(String value) {
    String text = value == null ? "" : value.strip();
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new UnreadableValueException(text);
    }
    Time start = time(text.substring(0, slash));
    String second = text.substring(slash + 1).strip();
    if (second.startsWith("P") || second.startsWith("+") || second.startsWith("-")) {
      return new Period(start, null, length(second));
    }
    return new Period(start, time(second), null);
  }

  /** An upper bound on the dates one period of the rule expands to before filtering. */
  private static long candidatesPerPeriod(Recur<LocalDateTime> recur) {
    boolean longPeriod =
        recur.getFrequency() == Frequency.YEARLY || recur.getFrequency() == Frequency.MONTHLY;
    List<WeekDay> days = recur.getDayList();
    long weekdays = days.isEmpty() ? 1 : days.size() * (longPeriod ? 53L : 1L);
    return weekdays
        * Math.max(1, recur.getMonthList().size())
        * Math.max(1, recur.getWeekNoList().size())
        * Math.max(1, recur.getYearDayList().size())
        * Math.max(1, recur.getMonthDayList().size())
        * Math.max(1, recur.getHourList().size())
        * Math.max(1, recur.getMinuteList().size())
        * Math.max(1, recur.getSecondList().size());
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
