package coop.seedbed.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;

/**
 * One VEVENT reduced to what decides when its person is busy: the wall-clock time it starts and the
 * zone of that clock, how long it lasts, how it repeats (RRULE, RDATE), and which occurrences are
 * taken away (EXDATE). Repeats are expanded in wall-clock time, as RFC 5545 asks, and only across
 * the window being read.
 */
final class BusyEvent {

  /** The most occurrences of one event counted within one window. */
  static final int MAX_OCCURRENCES = 5_000;

  /** The most dates a rule with a COUNT may run through from its start to reach the window. */
  static final int MAX_COUNTED_DATES = 50_000;

  /** The most dates one rule may produce around a window, counting those just before it. */
  static final int MAX_RULE_DATES = 25_000;

  /**
   * How far the offset of a zone can differ between a window's start and an occurrence just before
   * it: a clock change (one or two hours, or half an hour on Lord Howe Island), with room to spare.
   */
  private static final Duration CLOCK_CHANGE = Duration.ofHours(3);

  private final String uid;
  private final Optional<IcsValues.Time> recurrenceId;
  private final ZoneRules recurrenceIdZone;
  private final boolean busy;
  private final boolean allDay;
  private final LocalDateTime start;
  private final ZoneRules zone;
  private final IcsValues.Length length;
  private final List<IcsValues.Recurrence> rules;
  private final List<Extra> extras;
  private final Removals excluded;
  private final int unreadableRules;
  private final int unreadableDates;

  /** An occurrence from RDATE: its start, and its own end when it was a PERIOD. */
  private record Extra(LocalDateTime local, ZoneRules zone, Optional<Interval> period) {}

  /** Thrown for a VEVENT without a DTSTART, which cannot be placed in time. */
  static final class NoStartException extends RuntimeException {
    NoStartException() {
      super("VEVENT without DTSTART", null, false, false);
    }
  }

  /** How many more dates the rules of a whole file may produce, shared by all its events. */
  static final class Budget {
    private long datesLeft;

    Budget(long dates) {
      this.datesLeft = dates;
    }

    boolean exhausted() {
      return datesLeft <= 0;
    }
  }

  private BusyEvent(Component vevent, ZoneLookup zones, ZoneRules floating) {
    uid = IcsComponents.value(vevent, "UID").orElse("");
    busy =
        !IcsComponents.value(vevent, "TRANSP").orElse("").equalsIgnoreCase("TRANSPARENT")
            && !IcsComponents.value(vevent, "STATUS").orElse("").equalsIgnoreCase("CANCELLED");

    Property dtstart =
        IcsComponents.properties(vevent, "DTSTART").stream()
            .findFirst()
            .orElseThrow(NoStartException::new);
    IcsValues.Time startValue = IcsValues.time(dtstart.getValue());
    start = startValue.local();
    allDay = startValue.isDate();
    // An all-day event is busy for whole days where the volunteer lives, whatever TZID it carries.
    zone = startValue.isDate() ? floating : zoneOf(dtstart, startValue, zones, floating);
    length = lengthOf(vevent, startValue, zones);

    Optional<Property> recurrence =
        IcsComponents.properties(vevent, "RECURRENCE-ID").stream().findFirst();
    recurrenceId = recurrence.map(p -> IcsValues.time(p.getValue()));
    recurrenceIdZone =
        recurrence.isEmpty() ? zone : zoneOf(recurrence.get(), recurrenceId.get(), zones, zone);

    List<IcsValues.Recurrence> readRules = new ArrayList<>();
    int badRules = 0;
    for (Property rrule : IcsComponents.properties(vevent, "RRULE")) {
      try {
        readRules.add(IcsValues.recurrence(rrule.getValue()));
      } catch (RuntimeException unreadable) {
        badRules++;
      }
    }
    rules = recurrenceId.isPresent() ? List.of() : List.copyOf(readRules);
    unreadableRules = badRules;

    int badDates = 0;
    List<Extra> readExtras = new ArrayList<>();
    for (Property rdate : IcsComponents.properties(vevent, "RDATE")) {
      for (String value : values(rdate)) {
        try {
          readExtras.add(extra(rdate, value, zones));
        } catch (RuntimeException unreadable) {
          badDates++;
        }
      }
    }
    extras = recurrenceId.isPresent() ? List.of() : List.copyOf(readExtras);

    excluded = new Removals();
    for (Property exdate : IcsComponents.properties(vevent, "EXDATE")) {
      for (String value : values(exdate)) {
        try {
          IcsValues.Time time = IcsValues.time(value);
          excluded.add(time, allDay ? zone : zoneOf(exdate, time, zones, zone), allDay);
        } catch (RuntimeException unreadable) {
          badDates++;
        }
      }
    }
    unreadableDates = badDates;
  }

  /**
   * Reads a VEVENT. Throws {@link NoStartException} when it has no DTSTART and {@link
   * IcsValues.UnreadableValueException} when its times cannot be read.
   *
   * @param floating the zone for times written without one, and for all-day events
   */
  static BusyEvent of(Component vevent, ZoneLookup zones, ZoneRules floating) {
    return new BusyEvent(vevent, zones, floating);
  }

  String uid() {
    return uid;
  }

  boolean isOverride() {
    return recurrenceId.isPresent();
  }

  int unreadableRules() {
    return unreadableRules;
  }

  int unreadableDates() {
    return unreadableDates;
  }

  /** Marks the occurrence this event replaces (its RECURRENCE-ID) in {@code removals}. */
  void markReplaced(Removals removals) {
    recurrenceId.ifPresent(id -> removals.add(id, allDay ? zone : recurrenceIdZone, allDay));
  }

  /**
   * Gives {@code busyTimes} every occurrence that overlaps [from, to), except those in {@code
   * replaced} or in the event's own EXDATEs. Returns whether occurrences were left out to stay
   * within limits.
   */
  boolean occurrences(
      Instant from, Instant to, Removals replaced, Budget budget, Consumer<Interval> busyTimes) {
    if (!busy) {
      return false;
    }
    Interval window = new Interval(from, to);
    boolean truncated = false;
    if (length.isPositive()) {
      // The window on the event's own wall clock, widened for an occurrence that began earlier.
      LocalDateTime low =
          LocalDateTime.ofInstant(from, zone.getOffset(from))
              .minus(length.upperBound())
              .minus(CLOCK_CHANGE);
      LocalDateTime high = LocalDateTime.ofInstant(to, zone.getOffset(to)).plus(CLOCK_CHANGE);
      Set<LocalDateTime> starts = new HashSet<>();
      starts.add(start);
      for (IcsValues.Recurrence rule : rules) {
        truncated |= expand(rule, low, high, budget, starts);
      }
      int counted = 0;
      for (LocalDateTime local : starts.stream().sorted().toList()) {
        Interval occurrence = occurrence(local, zone);
        if (occurrence.overlaps(window) && !isRemoved(local, occurrence.start(), replaced)) {
          if (++counted > MAX_OCCURRENCES) {
            truncated = true;
            break;
          }
          busyTimes.accept(occurrence);
        }
      }
    }
    for (Extra extra : extras) {
      Interval occurrence = extra.period().orElseGet(() -> occurrence(extra.local(), extra.zone()));
      if (occurrence.overlaps(window) && !isRemoved(extra.local(), occurrence.start(), replaced)) {
        busyTimes.accept(occurrence);
      }
    }
    return truncated;
  }

  private boolean isRemoved(LocalDateTime local, Instant instant, Removals replaced) {
    return excluded.removes(local, instant) || replaced.removes(local, instant);
  }

  private Interval occurrence(LocalDateTime local, ZoneRules rules) {
    Instant begins = ZoneLookup.instant(local, rules);
    Instant ends = ZoneLookup.instant(local.plusDays(length.days()), rules).plus(length.time());
    return new Interval(begins, ends.isBefore(begins) ? begins : ends);
  }

  /** Adds the rule's starts within [low, high] to {@code starts}; true if some were left out. */
  private boolean expand(
      IcsValues.Recurrence rule,
      LocalDateTime low,
      LocalDateTime high,
      Budget budget,
      Set<LocalDateTime> starts) {
    if (budget.exhausted()) {
      return true;
    }
    Recur<LocalDateTime> recur = rule.recur();
    // UNTIL is compared exactly below; here it only stops the search early, with room for zones.
    LocalDateTime last =
        rule.until().map(until -> until.local().plusDays(2)).filter(high::isAfter).orElse(high);
    if (last.isBefore(low) && recur.getCount() <= 0) {
      return false;
    }
    List<LocalDateTime> dates;
    boolean truncated;
    if (recur.getCount() > 0) {
      // A COUNT is counted from the first occurrence, so the rule must run from its start.
      int limit = Math.min(recur.getCount(), MAX_COUNTED_DATES);
      dates = recur.getDates(start, start, last, limit);
      truncated = recur.getCount() > limit && dates.size() == limit;
    } else {
      dates = recur.getDates(fastForward(recur, low), low, last, MAX_RULE_DATES);
      truncated = dates.size() >= MAX_RULE_DATES;
    }
    budget.datesLeft -= dates.size();
    for (LocalDateTime date : dates) {
      if (!date.isBefore(start)
          && !date.isBefore(low)
          && !date.isAfter(high)
          && rule.until().map(until -> !isAfter(date, until)).orElse(true)) {
        starts.add(date);
      }
    }
    return truncated;
  }

  /**
   * A start for the rule close before {@code low}, a whole number of its periods after the event's
   * start, so that a rule begun decades ago is not stepped through from the beginning. Only for
   * periods of fixed length in wall-clock time; iCal4j skips ahead by itself for months and years.
   */
  private LocalDateTime fastForward(Recur<LocalDateTime> recur, LocalDateTime low) {
    long unit =
        switch (recur.getFrequency()) {
          case SECONDLY -> 1;
          case MINUTELY -> 60;
          case HOURLY -> 3_600;
          case DAILY -> 86_400;
          case WEEKLY -> 604_800;
          default -> 0;
        };
    if (unit == 0 || !start.isBefore(low)) {
      return start;
    }
    long step = unit * Math.max(1, recur.getInterval());
    long periods = ChronoUnit.SECONDS.between(start, low) / step - 1;
    return periods > 0 ? start.plusSeconds(periods * step) : start;
  }

  private boolean isAfter(LocalDateTime occurrence, IcsValues.Time until) {
    if (until.isDate()) {
      return occurrence.toLocalDate().isAfter(until.local().toLocalDate());
    }
    if (until.isUtc()) {
      return ZoneLookup.instant(occurrence, zone).isAfter(ZoneLookup.instant(until, zone));
    }
    return occurrence.isAfter(until.local());
  }

  private Extra extra(Property rdate, String value, ZoneLookup zones) {
    boolean isPeriod =
        value.contains("/")
            || IcsComponents.parameter(rdate, "VALUE").orElse("").equalsIgnoreCase("PERIOD");
    if (isPeriod) {
      IcsValues.Period period = IcsValues.period(value);
      ZoneRules rules = zoneOf(rdate, period.start(), zones, zone);
      return new Extra(period.start().local(), rules, Optional.of(period.in(rules)));
    }
    IcsValues.Time time = IcsValues.time(value);
    ZoneRules rules = time.isDate() ? zone : zoneOf(rdate, time, zones, zone);
    return new Extra(time.local(), rules, Optional.empty());
  }

  private IcsValues.Length lengthOf(Component vevent, IcsValues.Time startValue, ZoneLookup zones) {
    Optional<Property> dtend = IcsComponents.properties(vevent, "DTEND").stream().findFirst();
    Optional<String> duration = IcsComponents.value(vevent, "DURATION");
    IcsValues.Length read;
    if (dtend.isPresent() && !dtend.get().getValue().isBlank()) {
      IcsValues.Time end = IcsValues.time(dtend.get().getValue());
      if (startValue.isDate() && end.isDate()) {
        read = IcsValues.Length.ofDays(ChronoUnit.DAYS.between(start, end.local()));
      } else {
        Instant begins = ZoneLookup.instant(startValue, zone);
        Instant ends = ZoneLookup.instant(end, zoneOf(dtend.get(), end, zones, zone));
        read = new IcsValues.Length(0, Duration.between(begins, ends));
      }
    } else if (duration.isPresent() && !duration.get().isBlank()) {
      read = IcsValues.length(duration.get());
    } else {
      read = IcsValues.Length.ZERO;
    }
    // RFC 5545 3.6.1: an all-day event without a usable end lasts the one day.
    return startValue.isDate() && !read.isPositive() ? IcsValues.Length.ofDays(1) : read;
  }

  /** The values of a property that may list several, separated by commas. */
  private static List<String> values(Property property) {
    List<String> values = new ArrayList<>();
    for (String value : property.getValue().split(",")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }

  /** The zone of a value: UTC if it ends in Z, its TZID if it has one, else {@code otherwise}. */
  private static ZoneRules zoneOf(
      Property property, IcsValues.Time value, ZoneLookup zones, ZoneRules otherwise) {
    if (value.isUtc()) {
      return ZoneLookup.UTC;
    }
    return IcsComponents.parameter(property, "TZID").map(zones::rules).orElse(otherwise);
  }

  /**
   * Occurrences taken away from a repeating event, by their original start: the instant for a
   * date-time, the calendar date for a date.
   */
  static final class Removals {
    private final Set<Instant> instants = new HashSet<>();
    private final Set<LocalDate> dates = new HashSet<>();

    /**
     * Adds an occurrence by its start, a date-time read in {@code zone}. For an all-day event a
     * date-time stands for its date (in {@code zone} if it is in UTC), as Outlook writes the
     * EXDATEs of all-day events as midnights.
     */
    void add(IcsValues.Time time, ZoneRules zone, boolean allDay) {
      if (time.isDate() || allDay && !time.isUtc()) {
        dates.add(time.local().toLocalDate());
      } else if (allDay) {
        Instant instant = ZoneLookup.instant(time, zone);
        dates.add(LocalDate.ofInstant(instant, zone.getOffset(instant)));
      } else {
        instants.add(ZoneLookup.instant(time, zone));
      }
    }

    boolean removes(LocalDateTime local, Instant instant) {
      return instants.contains(instant) || dates.contains(local.toLocalDate());
    }
  }
}
