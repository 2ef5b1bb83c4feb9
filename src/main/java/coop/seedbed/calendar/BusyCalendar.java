package coop.seedbed.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * Reads a volunteer's own calendar file, as exported or published by their calendar program, into
 * the times they are busy within a window, so that booking slots those times cover can be hidden.
 * Whatever the bytes, the answer is a {@link Read} (with plain notes on anything skipped) or a
 * {@link Refused} with one plain reason; it never throws.
 */
public final class BusyCalendar {

  /** Longest file we read; bigger ones are refused with a reason. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The most VEVENT and VFREEBUSY components read from one file. */
  static final int MAX_EVENTS = 10_000;

  /** The most busy intervals collected from one file before merging. */
  static final int MAX_INTERVALS = 200_000;

  /**
   * The most VTIMEZONE definitions built for one file, for TZIDs no one else knows; each can take
   * iCal4j a tenth of a second or more.
   */
  static final int MAX_ZONE_DEFINITIONS = 10;

  /** The most dates all repeat rules of one file may produce. */
  static final long MAX_RULE_DATES = 1_000_000;

  private static final Logger LOG = Logger.getLogger(BusyCalendar.class.getName());

  private static final Set<String> READ_COMPONENTS = Set.of("VEVENT", "VFREEBUSY");

  private BusyCalendar() {}

  public sealed interface Reading permits Read, Refused {}

  /**
   * busy: sorted, non-overlapping (merged); events: how many VEVENT/VFREEBUSY components were
   * considered; notes: plain-English remarks for the volunteer about things skipped (may be empty).
   */
  public record Read(List<Interval> busy, int events, List<String> notes) implements Reading {
    public Read {
      busy = List.copyOf(busy);
      notes = List.copyOf(notes);
    }
  }

  /**
   * reason: one plain sentence a volunteer understands, e.g. "This is not an iCalendar file: it
   * does not start with BEGIN:VCALENDAR."
   */
  public record Refused(String reason) implements Reading {}

  /**
   * Reads an iCalendar file and returns the busy intervals overlapping [from, to), merged and
   * sorted. Times written without a zone are read as UTC.
   */
  public static Reading read(byte[] ics, Instant from, Instant to) {
    return read(ics, from, to, ZoneOffset.UTC);
  }

  /**
   * Reads an iCalendar file and returns the busy intervals overlapping [from, to), merged and
   * sorted. Intervals are whole occurrences, not cut at the window's edges; intervals that touch
   * are joined.
   *
   * @param defaultZone where the volunteer lives: the zone of times written without one, and of
   *     all-day events
   */
  public static Reading read(byte[] ics, Instant from, Instant to, ZoneId defaultZone) {
    try {
      return readOrRefuse(ics, from, to, defaultZone == null ? ZoneOffset.UTC : defaultZone);
    } catch (RuntimeException | StackOverflowError unexpected) {
      LOG.log(Level.WARNING, "Reading a busy calendar failed unexpectedly", unexpected);
      return new Refused("This calendar file could not be read: something in it is not valid.");
    }
  }

  private static Reading readOrRefuse(byte[] ics, Instant from, Instant to, ZoneId defaultZone) {
    if (from == null || to == null || !to.isAfter(from)) {
      return new Refused("There is no period to check the calendar against.");
    }
    if (ics == null || ics.length == 0) {
      return new Refused("The file is empty.");
    }
    if (ics.length > MAX_BYTES) {
      return new Refused(
          "This file is larger than 2 MB, the most we read; export a shorter period of your"
              + " calendar.");
    }
    Optional<String> text = IcsText.decode(ics);
    if (text.isEmpty()) {
      return new Refused("This is not an iCalendar file: it holds binary data, not text.");
    }
    List<String> lines = IcsText.logicalLines(text.get());
    if (lines.isEmpty()) {
      return new Refused("The file is empty: it has only blank lines.");
    }
    if (!IcsText.startsWithCalendar(lines)) {
      return new Refused("This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.");
    }
    return new FileReading(defaultZone.getRules()).read(IcsText.calendars(lines), from, to);
  }

  /** The state of reading one file: its zones, its events, and what to tell the volunteer. */
  private static final class FileReading {
    private final ZoneRules floating;
    private final Map<String, IcsText.Block> zoneDefinitions = new HashMap<>();
    private final ZoneLookup zones;
    private final Notes notes = new Notes();
    private int zonesBuilt;

    FileReading(ZoneRules floating) {
      this.floating = floating;
      this.zones = new ZoneLookup(this::definedZone);
    }

    /** The rules of the file's own VTIMEZONE with this TZID, built for at most a few TZIDs. */
    private Optional<ZoneRules> definedZone(String tzid) {
      IcsText.Block definition = zoneDefinitions.get(tzid);
      if (definition == null || zonesBuilt >= MAX_ZONE_DEFINITIONS) {
        return Optional.empty();
      }
      zonesBuilt++;
      return IcsComponents.zone(definition);
    }

    Reading read(List<List<String>> calendars, Instant from, Instant to) {
      List<Component> components = new ArrayList<>();
      int unreadable = 0;
      for (List<String> calendar : calendars) {
        for (IcsText.Block block : IcsText.blocks(calendar)) {
          if (block.name().equals("VTIMEZONE")) {
            IcsText.tzid(block).ifPresent(tzid -> zoneDefinitions.putIfAbsent(tzid, block));
          }
        }
        IcsComponents.Parsed parsed = IcsComponents.read(calendar, READ_COMPONENTS);
        components.addAll(parsed.components());
        unreadable += parsed.unreadable();
      }
      if (components.isEmpty() && unreadable > 0) {
        return new Refused(
            "This calendar file could not be read: none of its events could be understood.");
      }
      notes.unreadableEvents += unreadable;
      if (components.size() > MAX_EVENTS) {
        notes.tooManyEvents = true;
        components = components.subList(0, MAX_EVENTS);
      }

      List<Interval> busy = new ArrayList<>();
      List<BusyEvent> events = new ArrayList<>();
      for (Component component : components) {
        if (IcsComponents.name(component).equals("VFREEBUSY")) {
          freeBusy(component, busy);
        } else {
          event(component).ifPresent(events::add);
        }
      }
      occurrences(events, from, to, busy);
      notes.unknownZones.addAll(zones.unknownZones());
      return new Read(merged(busy, from, to), components.size(), notes.toList());
    }

    private Optional<BusyEvent> event(Component vevent) {
      try {
        BusyEvent event = BusyEvent.of(vevent, zones, floating);
        notes.unreadableRules += event.unreadableRules() > 0 ? 1 : 0;
        notes.unreadableDates += event.unreadableDates();
        return Optional.of(event);
      } catch (BusyEvent.NoStartException noStart) {
        notes.eventsWithoutStart++;
      } catch (RuntimeException unreadable) {
        notes.unreadableEvents++;
      }
      return Optional.empty();
    }

    /** Expands every event, leaving out the occurrences that overrides (RECURRENCE-ID) replace. */
    private void occurrences(
        List<BusyEvent> events, Instant from, Instant to, List<Interval> busy) {
      Map<String, BusyEvent.Removals> replaced = new HashMap<>();
      for (BusyEvent event : events) {
        if (event.isOverride()) {
          event.markReplaced(
              replaced.computeIfAbsent(event.uid(), uid -> new BusyEvent.Removals()));
        }
      }
      BusyEvent.Removals none = new BusyEvent.Removals();
      BusyEvent.Budget budget = new BusyEvent.Budget(MAX_RULE_DATES);
      for (BusyEvent event : events) {
        if (busy.size() >= MAX_INTERVALS) {
          notes.tooManyBusyTimes = true;
          return;
        }
        BusyEvent.Removals removals =
            event.isOverride() ? none : replaced.getOrDefault(event.uid(), none);
        try {
          if (event.occurrences(from, to, removals, budget, busy::add)) {
            notes.truncatedEvents++;
          }
        } catch (RuntimeException unreadable) {
          notes.unreadableEvents++;
        }
      }
    }

    /** The FREEBUSY periods of a VFREEBUSY that are busy; FBTYPE=FREE ones are not. */
    private void freeBusy(Component vfreebusy, List<Interval> busy) {
      for (Property freebusy : IcsComponents.properties(vfreebusy, "FREEBUSY")) {
        String type = IcsComponents.parameter(freebusy, "FBTYPE").orElse("BUSY");
        if (type.toUpperCase(Locale.ROOT).equals("FREE")) {
          continue;
        }
        ZoneRules zone =
            IcsComponents.parameter(freebusy, "TZID").map(zones::rules).orElse(floating);
        for (String value : freebusy.getValue().split(",")) {
          if (value.isBlank()) {
            continue;
          }
          try {
            busy.add(IcsValues.period(value).in(zone));
          } catch (RuntimeException unreadable) {
            notes.unreadablePeriods++;
          }
        }
      }
    }
  }

  /** The intervals that overlap [from, to), sorted, with overlapping and touching ones joined. */
  static List<Interval> merged(List<Interval> intervals, Instant from, Instant to) {
    Interval window = new Interval(from, to);
    List<Interval> sorted =
        intervals.stream()
            .filter(i -> i.end().isAfter(i.start()) && i.overlaps(window))
            .sorted(Comparator.comparing(Interval::start))
            .toList();
    List<Interval> merged = new ArrayList<>();
    for (Interval next : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
        Interval joined = merged.get(last);
        if (next.end().isAfter(joined.end())) {
          merged.set(last, new Interval(joined.start(), next.end()));
        }
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  /** What was skipped while reading a file, counted, then told in plain words. */
  private static final class Notes {
    private static final int MAX_ZONES_NAMED = 5;

    int unreadableEvents;
    int eventsWithoutStart;
    int unreadableRules;
    int unreadableDates;
    int unreadablePeriods;
    int truncatedEvents;
    boolean tooManyEvents;
    boolean tooManyBusyTimes;
    final Set<String> unknownZones = new LinkedHashSet<>();

    List<String> toList() {
      List<String> notes = new ArrayList<>();
      if (tooManyEvents) {
        notes.add(
            String.format(
                Locale.ROOT,
                "The file has more than %,d events; only the first %,d were read.",
                MAX_EVENTS,
                MAX_EVENTS));
      }
      if (unreadableEvents > 0) {
        notes.add(
            count(unreadableEvents, "event", "events")
                + (unreadableEvents == 1
                    ? " could not be read and was"
                    : " could not be read and were")
                + " skipped.");
      }
      if (eventsWithoutStart > 0) {
        notes.add(
            count(eventsWithoutStart, "event", "events")
                + (eventsWithoutStart == 1 ? " has" : " have")
                + " no start time and "
                + (eventsWithoutStart == 1 ? "was" : "were")
                + " skipped.");
      }
      int named = 0;
      for (String zone : unknownZones) {
        if (named++ == MAX_ZONES_NAMED) {
          notes.add(
              "Times in "
                  + count(
                      unknownZones.size() - MAX_ZONES_NAMED,
                      "other unknown time zone",
                      "other unknown time zones")
                  + " were read as UTC.");
          break;
        }
        notes.add(
            "Times in the time zone \""
                + printable(zone)
                + "\" were read as UTC, because that time zone is not known.");
      }
      if (unreadableRules > 0) {
        notes.add(
            count(unreadableRules, "repeating event", "repeating events")
                + (unreadableRules == 1 ? " has a repeat rule" : " have a repeat rule")
                + " that could not be read; only the dates given outright were used.");
      }
      if (unreadableDates > 0) {
        notes.add(
            count(unreadableDates, "date", "dates")
                + " added to or taken from repeating events could not be read and "
                + (unreadableDates == 1 ? "was" : "were")
                + " ignored.");
      }
      if (unreadablePeriods > 0) {
        notes.add(
            count(unreadablePeriods, "busy period", "busy periods")
                + " in a free/busy list could not be read and "
                + (unreadablePeriods == 1 ? "was" : "were")
                + " skipped.");
      }
      if (truncatedEvents > 0) {
        notes.add(
            count(truncatedEvents, "repeating event", "repeating events")
                + (truncatedEvents == 1 ? " repeats" : " repeat")
                + " too often to read in full; only the first occurrences were used.");
      }
      if (tooManyBusyTimes) {
        notes.add(
            String.format(
                Locale.ROOT,
                "The file has more than %,d busy times in this period; the rest were skipped.",
                MAX_INTERVALS));
      }
      return notes;
    }

    static String count(int n, String one, String many) {
      return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** A name from the file as it can safely be shown: no control characters, not too long. */
    private static String printable(String name) {
      String clean = name.replaceAll("\\p{Cntrl}", "").strip();
      return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
    }
  }
}
