package coop.seedbed.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the TZID of a date-time into the rules of its time zone, trying in turn: an IANA name in
 * any letter case, a Windows name, an IANA name behind a vendor prefix
 * ("/mozilla.org/20050126_1/Europe/London"), the file's own VTIMEZONE of that name, and last UTC.
 * The names that ended in UTC are kept, so the volunteer can be told. One lookup serves one file.
 */
final class ZoneLookup {

  static final ZoneRules UTC = ZoneOffset.UTC.getRules();

  private static final Map<String, String> IANA_BY_LOWER_CASE = ianaIdsByLowerCase();

  private final Function<String, Optional<ZoneRules>> definedInFile;
  private final Map<String, ZoneRules> resolved = new HashMap<>();
  private final Set<String> unknown = new LinkedHashSet<>();

  /** {@code definedInFile}: the rules of the file's VTIMEZONE with a TZID, if it can be read. */
  ZoneLookup(Function<String, Optional<ZoneRules>> definedInFile) {
    this.definedInFile = definedInFile;
  }

  /** The rules for a TZID; UTC when nothing matches, remembering the name. */
  ZoneRules rules(String tzid) {
    String name = unquoted(tzid);
    return resolved.computeIfAbsent(name, this::resolve);
  }

  /** The TZIDs that matched no zone and were read as UTC, in the order they were met. */
  Set<String> unknownZones() {
    return unknown;
  }

  /** The zone a TZID names without help from the file: IANA, Windows or prefixed IANA. */
  static Optional<ZoneId> knownZone(String tzid) {
    String name = unquoted(tzid);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<ZoneId> zone = iana(name).or(() -> offset(name));
    if (zone.isPresent()) {
      return zone;
    }
    Optional<ZoneId> windows = WindowsZones.ianaId(name).flatMap(ZoneLookup::iana);
    return windows.isPresent() ? windows : behindPrefix(name);
  }

  /**
   * The instant a wall-clock time names in a zone. In the hour skipped when clocks go forward the
   * time moves forward by the gap; in the hour repeated when they go back the earlier one is meant.
   * Both are what java.time and most calendar programs do.
   */
  static Instant instant(LocalDateTime local, ZoneRules rules) {
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (!offsets.isEmpty()) {
      return local.toInstant(offsets.get(0));
    }
    ZoneOffsetTransition gap = rules.getTransition(local);
    if (gap == null) {
      return local.toInstant(rules.getOffset(local.toInstant(ZoneOffset.UTC)));
    }
    return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
  }

  /** The instant of a value as written: in UTC when it ends in Z, otherwise in {@code rules}. */
  static Instant instant(IcsValues.Time time, ZoneRules rules) {
    return instant(time.local(), time.isUtc() ? UTC : rules);
  }

  private ZoneRules resolve(String name) {
    Optional<ZoneId> known = knownZone(name);
    if (known.isPresent()) {
      return known.get().getRules();
    }
    Optional<ZoneRules> own = definedInFile.apply(name);
    if (own.isPresent()) {
      return own.get();
    }
    unknown.add(name);
    return UTC;
  }

  private static Optional<ZoneId> iana(String name) {
    String id = IANA_BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT));
    return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
  }

  /** "UTC+01:00", "GMT-5", "+0100": zones that are a fixed offset. */
  private static Optional<ZoneId> offset(String name) {
    if (!name.matches("(?i)(UTC|GMT|UT)?[+-]\\d{1,2}(:?\\d{2})?")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(name.toUpperCase(Locale.ROOT)));
    } catch (DateTimeException notAnOffset) {
      return Optional.empty();
    }
  }

  /** The IANA name at the end of a vendor's path, longest match first. */
  private static Optional<ZoneId> behindPrefix(String name) {
    String[] parts =
        Arrays.stream(name.split("/")).filter(p -> !p.isBlank()).toArray(String[]::new);
    for (int take = Math.min(3, parts.length - 1); take >= 1; take--) {
      String tail = String.join("/", Arrays.copyOfRange(parts, parts.length - take, parts.length));
      Optional<ZoneId> zone = iana(tail);
      if (zone.isPresent()) {
        return zone;
      }
    }
    return Optional.empty();
  }

  static String unquoted(String tzid) {
    String name = tzid == null ? "" : tzid.strip();
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1).strip();
    }
    return name;
  }

  private static Map<String, String> ianaIdsByLowerCase() {
    Map<String, String> ids = new HashMap<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      // iCal4j may have registered its own zone ids with java.time; no file means those.
      if (!id.startsWith("ical4j")) {
        ids.put(id.toLowerCase(Locale.ROOT), id);
      }
    }
    return Map.copyOf(ids);
  }
}
