package coop.seedbed.booking;

import coop.seedbed.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A volunteer's hours as the text they write and we store, one entry a line: weekly windows as
 * "Mon, Wed 10:00-12:00" (kept as "FREQ=WEEKLY;BYDAY=MO,WE 10:00-12:00", an iCalendar recurrence
 * rule and local times) and dated overrides as "2026-12-25 closed" or "2026-12-24 09:00-11:00". The
 * accelerator's interview panel writes its hours as dated lines too.
 */
public final class Hours {

  private Hours() {}

  /** Reads weekly windows as people write them ("Mon, Wed 10:00-12:00") or as stored. */
  static List<WeeklyHours> weekly(String text, String field) {
    List<WeeklyHours> hours = new ArrayList<>();
    for (String line : lines(text)) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        throw invalid(field, line, "give days and then hours, as in \"Mon, Wed 10:00-12:00\"");
      }
      String days = line.substring(0, space).strip();
      List<TimeRange> ranges = ranges(line.substring(space + 1), field, line);
      try {
        for (TimeRange range : ranges) {
          hours.add(
              days.toUpperCase(Locale.ROOT).startsWith("FREQ=")
                  ? new WeeklyHours(days, range.start(), range.end())
                  : WeeklyHours.of(days(days, field, line), range.start(), range.end()));
        }
      } catch (IllegalArgumentException e) {
        throw invalid(field, line, e.getMessage());
      }
    }
    return hours;
  }

  public static List<DateOverride> overrides(String text, String field) {
    List<DateOverride> overrides = new ArrayList<>();
    for (String line : lines(text)) {
      String[] parts = line.split("\\s+", 2);
      LocalDate date;
      try {
        date = LocalDate.parse(parts[0]);
      } catch (DateTimeParseException e) {
        throw invalid(field, line, "start with a date as 2026-12-24");
      }
      if (parts.length < 2) {
        throw invalid(field, line, "after the date, write \"closed\" or hours as 09:00-11:00");
      }
      String rest = parts[1].strip();
      overrides.add(
          new DateOverride(
              date, rest.equalsIgnoreCase("closed") ? List.of() : ranges(rest, field, line)));
    }
    return overrides;
  }

  static String formatWeekly(List<WeeklyHours> hours) {
    StringBuilder text = new StringBuilder();
    for (WeeklyHours window : hours) {
      text.append(window.rule())
          .append(' ')
          .append(window.start())
          .append('-')
          .append(window.end());
      text.append('\n');
    }
    return text.toString().strip();
  }

  /** How weekly windows read on a page: "Mon, Wed 10:00-12:00". */
  static String describeWeekly(List<WeeklyHours> hours) {
    StringBuilder text = new StringBuilder();
    for (WeeklyHours window : hours) {
      List<String> names = new ArrayList<>();
      for (DayOfWeek day : DayOfWeek.values()) {
        if (window.days().contains(day)) {
          names.add(day.getDisplayName(TextStyle.SHORT, Locale.UK));
        }
      }
      text.append(String.join(", ", names))
          .append(' ')
          .append(window.start())
          .append('-')
          .append(window.end())
          .append('\n');
    }
    return text.toString().strip();
  }

  static String formatOverrides(List<DateOverride> overrides) {
    StringBuilder text = new StringBuilder();
    for (DateOverride override : overrides) {
      text.append(override.date()).append(' ');
      if (override.hours().isEmpty()) {
        text.append("closed");
      } else {
        List<String> ranges = new ArrayList<>();
        override.hours().forEach(r -> ranges.add(r.start() + "-" + r.end()));
        text.append(String.join(",", ranges));
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  static Availability of(Volunteer v) {
    return new Availability(
        ZoneId.of(v.timeZone),
        weekly(v.weeklyHours, "weeklyHours"),
        overrides(v.overrides, "overrides"),
        Duration.ofMinutes(v.callMinutes),
        Duration.ofMinutes(v.bufferMinutes),
        Duration.ofHours(v.noticeHours),
        Duration.ofDays(v.horizonDays),
        v.maxPerWeek);
  }

  private static Set<DayOfWeek> days(String text, String field, String line) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.equals("daily") || name.equals("every")) {
        days.addAll(EnumSet.allOf(DayOfWeek.class));
        continue;
      }
      if (name.equals("weekdays")) {
        days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        continue;
      }
      DayOfWeek match = null;
      for (DayOfWeek day : DayOfWeek.values()) {
        String full = day.name().toLowerCase(Locale.ROOT);
        if (name.length() >= 2 && full.startsWith(name)) {
          match = day;
        }
      }
      if (match == null) {
        throw invalid(field, line, "\"" + part + "\" is not a day of the week");
      }
      days.add(match);
    }
    if (days.isEmpty()) {
      throw invalid(field, line, "name at least one day");
    }
    return days;
  }

  private static List<TimeRange> ranges(String text, String field, String line) {
    List<TimeRange> ranges = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] ends = part.strip().split("-");
      try {
        if (ends.length != 2) {
          throw new IllegalArgumentException("write hours as 10:00-12:00");
        }
        ranges.add(
            new TimeRange(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
      } catch (DateTimeParseException e) {
        throw invalid(field, line, "write hours as 10:00-12:00, on the 24-hour clock");
      } catch (IllegalArgumentException e) {
        throw invalid(field, line, e.getMessage());
      }
    }
    return ranges;
  }

  private static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static InvalidInputException invalid(String field, String line, String why) {
    return new InvalidInputException(field, "\"" + line + "\": " + why + ".");
  }
}
