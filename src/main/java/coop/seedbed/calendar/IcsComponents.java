package coop.seedbed.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * Where iCal4j reads the text: calendars into components whose properties are kept as written (so
 * one malformed date cannot fail the whole file, and every date is read the same way in {@link
 * IcsValues}), and each VTIMEZONE into the rules of its zone.
 */
final class IcsComponents {

  static {
    // iCal4j 4 keeps these hints in one static map, not per parser, so they are set once here
    // rather than around each read, which would race with other threads. Files from real calendar
    // programs need all of them (Outlook and Lotus Notes quirks, names outside RFC 5545, folding
    // with a bare LF). They hold for every iCal4j user in the application, including validation of
    // what Seedbed writes, so relaxed validation there is the price of reading leniently here.
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, true);
  }

  /**
   * With no factories iCal4j builds every component and property as its generic, experimental kind:
   * names, parameters and values as written, nothing interpreted.
   */
  private static final ContentHandlerContext AS_WRITTEN =
      new ContentHandlerContext()
          .withParameterFactorySupplier(ArrayList::new)
          .withPropertyFactorySupplier(ArrayList::new)
          .withComponentFactorySupplier(ArrayList::new);

  /** Twice a year is usual; a zone with more clock changes than this is not read. */
  private static final int MAX_ONSETS_IN_TEN_YEARS = 40;

  private IcsComponents() {}

  /** The components read from one calendar, and how many of its components could not be read. */
  record Parsed(List<Component> components, int unreadable) {}

  /**
   * The top-level components named in {@code wanted} of one calendar. The calendar is read whole;
   * if iCal4j cannot read it, each component is read on its own so one broken component loses only
   * itself.
   */
  static Parsed read(List<String> calendar, Set<String> wanted) {
    try {
      return new Parsed(wantedIn(parse(IcsText.join(calendar, false)), wanted), 0);
    } catch (IOException | ParserException | RuntimeException wholeCalendarUnreadable) {
      List<Component> components = new ArrayList<>();
      int unreadable = 0;
      for (IcsText.Block block : IcsText.blocks(calendar)) {
        if (!wanted.contains(block.name())) {
          continue;
        }
        try {
          components.addAll(wantedIn(parse(IcsText.join(block.lines(), true)), wanted));
        } catch (IOException | ParserException | RuntimeException componentUnreadable) {
          unreadable++;
        }
      }
      return new Parsed(components, unreadable);
    }
  }

  /**
   * The rules of the zone a VTIMEZONE defines, built by iCal4j without registering them anywhere;
   * empty when the definition cannot be read.
   */
  static Optional<ZoneRules> zone(IcsText.Block vtimezone) {
    try {
      if (!changesClocksRarely(vtimezone)) {
        return Optional.empty();
      }
      Calendar calendar =
          new CalendarBuilder(NotRegistering.INSTANCE)
              .build(new StringReader(IcsText.join(vtimezone.lines(), true)));
      for (Component component : calendar.getComponents()) {
        if (component instanceof VTimeZone definition) {
          return Optional.of(new ZoneRulesBuilder().vTimeZone(definition).build());
        }
      }
      return Optional.empty();
    } catch (IOException | ParserException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * Whether each observance of a VTIMEZONE repeats at most a few times a year, as every real zone's
   * do. iCal4j builds zone rules by listing every onset from the observance's start, so a
   * definition that changes the clocks every second since 1601 would take it hours.
   */
  private static boolean changesClocksRarely(IcsText.Block vtimezone) {
    Optional<IcsValues.Time> onset = Optional.empty();
    List<String> rules = new ArrayList<>();
    for (String line : vtimezone.lines()) {
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("DTSTART")) {
        onset = Optional.of(IcsValues.time(IcsText.value(line)));
      } else if (upper.startsWith("RRULE")) {
        rules.add(IcsText.value(line));
      } else if (upper.startsWith("END:STANDARD") || upper.startsWith("END:DAYLIGHT")) {
        for (String rule : rules) {
          LocalDateTime first = onset.orElseThrow(NoSuchElementException::new).local();
          List<LocalDateTime> tenYears =
              IcsValues.recurrence(rule)
                  .recur()
                  .getDates(first, first, first.plusYears(10), MAX_ONSETS_IN_TEN_YEARS + 1);
          if (tenYears.size() > MAX_ONSETS_IN_TEN_YEARS) {
            return false;
          }
        }
        onset = Optional.empty();
        rules.clear();
      }
    }
    return true;
  }

  /** The properties of a component with this name, in any letter case. */
  static List<Property> properties(Component component, String name) {
    List<Property> found = new ArrayList<>();
    for (Property property : component.getPropertyList().getAll()) {
      if (property.getName().equalsIgnoreCase(name)) {
        found.add(property);
      }
    }
    return found;
  }

  /** The value of the first property with this name, stripped. */
  static Optional<String> value(Component component, String name) {
    return properties(component, name).stream()
        .findFirst()
        .map(Property::getValue)
        .map(v -> v == null ? "" : v.strip());
  }

  /** The value of a parameter of a property, in any letter case, stripped. */
  static Optional<String> parameter(Property property, String name) {
    for (Parameter parameter : property.getParameterList().getAll()) {
      if (parameter.getName().equalsIgnoreCase(name)) {
        return Optional.ofNullable(parameter.getValue()).map(String::strip);
      }
    }
    return Optional.empty();
  }

  static String name(Component component) {
    return component.getName().toUpperCase(Locale.ROOT);
  }

  private static Calendar parse(String text) throws IOException, ParserException {
    List<Calendar> calendars = new ArrayList<>();
    new CalendarParserImpl()
        .parse(
            new UnfoldingReader(new StringReader(text), true),
            new DefaultContentHandler(calendars::add, NotRegistering.INSTANCE, AS_WRITTEN));
    if (calendars.size() != 1) {
      throw new ParserException("Expected one calendar, read " + calendars.size(), 0);
    }
    return calendars.get(0);
  }

  private static List<Component> wantedIn(Calendar calendar, Set<String> wanted) {
    List<Component> found = new ArrayList<>();
    for (Component component : calendar.getComponents()) {
      if (wanted.contains(name(component))) {
        found.add(component);
      }
    }
    return found;
  }

  /**
   * A registry that keeps nothing. iCal4j's own registry gives each VTIMEZONE it reads a zone id
   * from a {@link java.time.zone.ZoneRulesProvider} registered once for the whole JVM, which a
   * redeployed application cannot register again; zones here are resolved by {@link ZoneLookup}
   * instead, so nothing needs registering.
   */
  private enum NotRegistering implements TimeZoneRegistry {
    INSTANCE;

    @Override
    public void register(TimeZone timezone) {}

    @Override
    public void register(TimeZone timezone, boolean update) {}

    @Override
    public void clear() {}

    @Override
    public TimeZone getTimeZone(String id) {
      return null;
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
      return Map.of();
    }

    @Override
    public ZoneId getZoneId(String tzId) {
      return ZoneOffset.UTC;
    }

    @Override
    public String getTzId(String zoneId) {
      return zoneId;
    }
  }
}
