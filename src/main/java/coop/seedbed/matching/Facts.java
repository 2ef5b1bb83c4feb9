package coop.seedbed.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * What scoring needs to know of a profile or an open role, whichever side of a suggestion it is on.
 * Working hours are the local hours and days as the person gave them, in their zone; {@link
 * #weeklyHours} turns them into the hours of a given week in UTC, so two people in different zones
 * are compared on the same clock.
 */
record Facts(
    String kind,
    long id,
    long accountId,
    String name,
    Set<String> wants,
    Set<String> skills,
    Set<String> sectors,
    Set<String> decision,
    Set<String> pay,
    int hoursPerWeek,
    String city,
    String country,
    Double latitude,
    Double longitude,
    Integer radiusKm,
    boolean remote,
    String timeZone,
    LocalTime workStart,
    LocalTime workEnd,
    Set<String> workDays,
    boolean overlapMatters,
    Set<String> languages) {

  static final String PROFILE = "profile";
  static final String ROLE = "role";

  static Facts of(Profile p) {
    return new Facts(
        PROFILE,
        p.id,
        p.accountId,
        p.name,
        Set.copyOf(p.wants),
        Set.copyOf(p.skills),
        Set.copyOf(p.sectors),
        Set.copyOf(p.decision),
        Set.copyOf(p.pay),
        p.hoursPerWeek,
        p.city,
        p.country,
        p.latitude,
        p.longitude,
        p.radiusKm,
        p.remote,
        p.timeZone,
        p.workStart,
        p.workEnd,
        Set.copyOf(p.workDays),
        p.overlapMatters,
        Set.copyOf(p.languages));
  }

  /** An open role: the co-op's hours and place, no working hours of its own (any overlap does). */
  static Facts of(OpenRole r) {
    return new Facts(
        ROLE,
        r.id,
        r.contactAccountId == null ? -1 : r.contactAccountId,
        r.title + " at " + r.organisationName,
        Set.of("role"),
        Set.copyOf(r.skills),
        Set.copyOf(r.sectors),
        Set.copyOf(r.decision),
        Set.of(),
        r.hoursPerWeek,
        r.city,
        r.country,
        r.latitude,
        r.longitude,
        null,
        r.remote,
        "UTC",
        LocalTime.MIDNIGHT,
        LocalTime.MIDNIGHT,
        Set.of(),
        false,
        Set.copyOf(r.languages));
  }

  Set<String> areas() {
    return Skills.areas(skills);
  }

  boolean isRole() {
    return kind.equals(ROLE);
  }

  /**
   * The hours of the week that begins on the Monday on or before {@code day} (in UTC), hour 0 being
   * Monday 00:00 UTC, in which this person usually works. Empty for a role.
   */
  BitSet weeklyHours(LocalDate day) {
    BitSet hours = new BitSet(168);
    if (isRole() || workDays.isEmpty() || !workEnd.isAfter(workStart)) {
      return hours;
    }
    ZoneId zone = ZoneId.of(timeZone);
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long weekStart = monday.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    // A day either side: local Monday morning in Auckland is Sunday in UTC. The instants of start
    // and end already carry the zone's offset that day, so whole hours counted from the start are
    // the hours worked even across a change of clocks; this runs for every candidate scored.
    for (LocalDate date = monday.minusDays(1);
        date.isBefore(monday.plusDays(8));
        date = date.plusDays(1)) {
      if (!workDays.contains(code(date.getDayOfWeek()))) {
        continue;
      }
      long from = date.atTime(workStart).atZone(zone).toEpochSecond() - weekStart;
      long to = date.atTime(workEnd).atZone(zone).toEpochSecond() - weekStart;
      long first = Math.floorDiv(from, 3600);
      long count = Math.floorDiv(to - from + 3599, 3600);
      int lo = (int) Math.max(0, first);
      int hi = (int) Math.min(168, first + count);
      if (lo < hi) {
        hours.set(lo, hi);
      }
    }
    return hours;
  }

  static String code(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
}
