package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The call slots a volunteer can offer. Hours are read in the volunteer's zone, one local date at a
 * time, and turned into exact instants with java.time's rules (a time in a spring-forward gap moves
 * on by the gap, an autumn overlap takes the earlier offset), so a call set for 10:00 stays at
 * 10:00 on their clock on both sides of a change. Slots are then stepped on the time line, so every
 * call really lasts its length. No I/O and no shared state; rules are parsed once per call, not per
 * date, and each candidate is checked against busy time by binary search.
 */
public final class SlotPlanner {

  private SlotPlanner() {}

  /**
   * Free call slots for one volunteer whose start lies in [from, to), sorted by start.
   *
   * @param busy times from the volunteer's own calendar; a slot may not overlap any
   * @param booked their existing calls; a slot may not come within the buffer of one on either
   *     side, and a week (Monday to Sunday in their zone) already holding the most calls they take
   *     offers nothing
   * @param now slots start at or after now plus the minimum notice, and before now plus the horizon
   */
  public static List<Interval> freeSlots(
      Availability availability,
      List<Interval> busy,
      List<Interval> booked,
      Instant now,
      Instant from,
      Instant to) {
    Instant earliest = later(from, now.plus(availability.minimumNotice()));
    Instant latest = earlier(to, now.plus(availability.horizon()));
    if (!earliest.isBefore(latest)) {
      return List.of();
    }
    ZoneId zone = availability.zone();
    Duration length = availability.callLength();
    Duration step = length.plus(availability.buffer());
    Map<DayOfWeek, List<TimeRange>> weekly = hoursByDay(availability.weekly());
    Map<LocalDate, List<TimeRange>> overrides = hoursByDate(availability.overrides());
    Blocked blocked = Blocked.by(busy, booked, availability.buffer());
    Map<LocalDate, Integer> callsByWeek = callsByWeek(booked, zone);

    List<Interval> slots = new ArrayList<>();
    // A day either side, because a local date's hours can fall on the neighbouring UTC date.
    LocalDate last = LocalDate.ofInstant(latest, zone).plusDays(1);
    for (LocalDate date = LocalDate.ofInstant(earliest, zone).minusDays(1);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      List<TimeRange> windows = overrides.get(date);
      if (windows == null) {
        windows = weekly.get(date.getDayOfWeek());
      }
      for (TimeRange window : windows) {
        Instant windowStart = date.atTime(window.start()).atZone(zone).toInstant();
        Instant windowEnd = date.atTime(window.end()).atZone(zone).toInstant();
        // When the start moved on past a gap and the end did not, the window ends before it
        // starts and the loop below offers nothing from it.
        for (Instant start = windowStart;
            !start.plus(length).isAfter(windowEnd);
            start = start.plus(step)) {
          if (start.isBefore(earliest)) {
            continue;
          }
          if (!start.isBefore(latest)) {
            break;
          }
          Interval slot = Interval.of(start, length);
          if (!blocked.overlaps(slot)
              && callsByWeek.getOrDefault(weekOf(start, zone), 0) < availability.maxPerWeek()) {
            slots.add(slot);
          }
        }
      }
    }
    return sortedWithoutRepeats(slots);
  }

  /** Whether this exact interval is one that {@link #freeSlots} would offer. */
  public static boolean offers(
      Availability availability,
      List<Interval> busy,
      List<Interval> booked,
      Instant now,
      Interval slot) {
    return slot.length().equals(availability.callLength())
        && freeSlots(availability, busy, booked, now, slot.start(), slot.end()).contains(slot);
  }

  private static Map<DayOfWeek, List<TimeRange>> hoursByDay(List<WeeklyHours> weekly) {
    Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      byDay.put(day, new ArrayList<>());
    }
    for (WeeklyHours hours : weekly) {
      TimeRange window = hours.hours();
      for (DayOfWeek day : hours.days()) {
        byDay.get(day).add(window);
      }
    }
    return byDay;
  }

  private static Map<LocalDate, List<TimeRange>> hoursByDate(List<DateOverride> overrides) {
    Map<LocalDate, List<TimeRange>> byDate = new HashMap<>();
    for (DateOverride override : overrides) {
      byDate.put(override.date(), override.hours());
    }
    return byDate;
  }

  private static Map<LocalDate, Integer> callsByWeek(List<Interval> booked, ZoneId zone) {
    Map<LocalDate, Integer> calls = new HashMap<>();
    for (Interval call : booked) {
      calls.merge(weekOf(call.start(), zone), 1, Integer::sum);
    }
    return calls;
  }

  /** The Monday, in the volunteer's zone, of the week in which this moment falls. */
  private static LocalDate weekOf(Instant moment, ZoneId zone) {
    return LocalDate.ofInstant(moment, zone)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static List<Interval> sortedWithoutRepeats(List<Interval> slots) {
    slots.sort(Comparator.comparing(Interval::start));
    List<Interval> distinct = new ArrayList<>(slots.size());
    for (Interval slot : slots) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(slot)) {
        distinct.add(slot);
      }
    }
    return List.copyOf(distinct);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The time a slot may not touch: busy times, and booked calls widened by the buffer, merged into
   * sorted, separate spans so that each check is a binary search.
   */
  private static final class Blocked {
    private final Instant[] starts;
    private final Instant[] ends;

    private Blocked(Instant[] starts, Instant[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    static Blocked by(List<Interval> busy, List<Interval> booked, Duration buffer) {
      List<Interval> spans = new ArrayList<>(busy.size() + booked.size());
      spans.addAll(busy);
      for (Interval call : booked) {
        spans.add(new Interval(call.start().minus(buffer), call.end().plus(buffer)));
      }
      spans.sort(Comparator.comparing(Interval::start));
      Instant[] starts = new Instant[spans.size()];
      Instant[] ends = new Instant[spans.size()];
      int count = 0;
      for (Interval span : spans) {
        if (count > 0 && !span.start().isAfter(ends[count - 1])) {
          ends[count - 1] = later(ends[count - 1], span.end());
        } else {
          starts[count] = span.start();
          ends[count] = span.end();
          count++;
        }
      }
      return new Blocked(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Same meaning as {@link Interval#overlaps}: touching ends do not count. */
    boolean overlaps(Interval slot) {
      // The spans are separate and sorted, so their ends are sorted too: find the first that ends
      // after the slot starts; only that one can overlap it.
      int low = 0;
      int high = ends.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (ends[middle].isAfter(slot.start())) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return low < ends.length && starts[low].isBefore(slot.end());
    }
  }
}
