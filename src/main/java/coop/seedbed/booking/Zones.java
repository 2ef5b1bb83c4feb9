package coop.seedbed.booking;

import java.time.ZoneId;
import java.util.List;

/**
 * The time zones people may choose from: the IANA region ids. Reading a calendar makes iCal4j
 * register zones of its own under ids like {@code ical4j~uuid}; nobody should be offered those.
 */
final class Zones {

  static final List<String> ALL =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.matches("[A-Z][A-Za-z_]+/[A-Za-z0-9_+/-]+") || id.equals("UTC"))
          .sorted()
          .toList();

  private Zones() {}
}
