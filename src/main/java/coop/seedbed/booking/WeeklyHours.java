package coop.seedbed.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * One weekly window of availability in the volunteer's own zone, such as Mondays and Wednesdays
 * from 10:00 to 12:00. The days are kept as an RFC 5545 recurrence rule ({@code
 * FREQ=WEEKLY;BYDAY=MO,WE}) so they can be stored and exchanged as iCalendar; only rules that
 * simply name weekdays are accepted, because that is all the slot planner reads from them.
 */
public record WeeklyHours(String rule, LocalTime start, LocalTime end) {

  public WeeklyHours {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "Hours must end after they start: " + start + " to " + end);
    }
    parseDays(rule);
  }

  /** The hours on the given days, with the rule written for them. */
  public static WeeklyHours of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("Weekly hours need at least one day");
    }
    List<WeekDay> byDay = EnumSet.copyOf(days).stream().map(WeekDay::getWeekDay).toList();
    String rule =
        new Recur.Builder<>().frequency(Frequency.WEEKLY).dayList(byDay).build().toString();
    return new WeeklyHours(rule, start, end);
  }

  /**
   * The days the rule names; a daily rule without BYDAY means all seven. This parses the rule on
   * every call, so callers that loop over dates should ask once and keep the answer.
   */
  public Set<DayOfWeek> days() {
    return parseDays(rule);
  }

  public TimeRange hours() {
    return new TimeRange(start, end);
  }

  private static Set<DayOfWeek> parseDays(String rule) {
    Recur<?> recur;
    try {
      recur = new Recur<>(rule);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not an iCalendar recurrence rule: " + rule, e);
    }
    Frequency frequency = recur.getFrequency();
    if (frequency != Frequency.WEEKLY && frequency != Frequency.DAILY) {
      throw new IllegalArgumentException(
          "Weekly hours repeat every week (FREQ=WEEKLY) or every day (FREQ=DAILY), not: " + rule);
    }
    if (!onlyNamesDays(recur)) {
      throw new IllegalArgumentException(
          "Weekly hours can only say which days (BYDAY), not how often or until when: " + rule);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (WeekDay day : recur.getDayList()) {
      if (day.getOffset() != 0) {
        throw new IllegalArgumentException(
            "Weekly hours name plain weekdays such as MO, not " + day + ": " + rule);
      }
      days.add(WeekDay.getDayOfWeek(day));
    }
    if (days.isEmpty()) {
      if (frequency == Frequency.WEEKLY) {
        throw new IllegalArgumentException(
            "A weekly rule must name its days, for example FREQ=WEEKLY;BYDAY=MO,WE: " + rule);
      }
      days = EnumSet.allOf(DayOfWeek.class);
    }
    return Collections.unmodifiableSet(days);
  }

  // Recur keeps parts it does not know as "experimental values" when relaxed parsing is switched
  // on globally (CompatibilityHints), so those are refused here as well.
  private static boolean onlyNamesDays(Recur<?> recur) {
    return (recur.getInterval() == -1 || recur.getInterval() == 1)
        && recur.getCount() == -1
        && recur.getUntil() == null
        && recur.getSecondList().isEmpty()
        && recur.getMinuteList().isEmpty()
        && recur.getHourList().isEmpty()
        && recur.getMonthDayList().isEmpty()
        && recur.getYearDayList().isEmpty()
        && recur.getWeekNoList().isEmpty()
        && recur.getMonthList().isEmpty()
        && recur.getSetPosList().isEmpty()
        && recur.getExperimentalValues().isEmpty();
  }
}
