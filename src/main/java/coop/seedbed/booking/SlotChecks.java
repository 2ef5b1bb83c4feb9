package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.database.SqlStates;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Which volunteers a booker may ask for, whether one of them is free at a time with the calls
 * already holding time counted, and whether a failed attempt lost the race for a slot. Shared by
 * finding free times, holding, moving and the message when a slot was taken.
 */
@ApplicationScoped
class SlotChecks {

  private static final String ANYONE = "anyone";

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;

  List<Interval> slotsOf(Volunteer v, Instant from, Instant to, Instant now, Long exclude) {
    List<Interval> busy =
        volunteers.busy(v.id, from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)));
    List<Interval> booked = booked(v, from, to, now, exclude);
    return SlotPlanner.freeSlots(Hours.of(v), busy, booked, now, from, to);
  }

  boolean offers(Volunteer v, Interval slot, Instant now, Long exclude, boolean withBookings) {
    List<Interval> busy =
        volunteers.busy(
            v.id, slot.start().minus(Duration.ofDays(1)), slot.end().plus(Duration.ofDays(1)));
    List<Interval> booked =
        withBookings ? booked(v, slot.start(), slot.end(), now, exclude) : List.of();
    return SlotPlanner.offers(Hours.of(v), busy, booked, now, slot);
  }

  /** Calls that hold time, over the whole weeks around the range, for the weekly maximum. */
  private List<Interval> booked(Volunteer v, Instant from, Instant to, Instant now, Long exclude) {
    return bookings
        .holdingTime(v.id, from.minus(Duration.ofDays(8)), to.plus(Duration.ofDays(8)), now)
        .stream()
        .filter(b -> !b.id.equals(exclude))
        .map(Booking::interval)
        .toList();
  }

  List<Volunteer> candidates(String volunteer, String topic) {
    if (!isAnyone(volunteer)) {
      Volunteer v = volunteers.getBySlug(volunteer.strip());
      if (!v.active) {
        throw new NotFoundException("This volunteer is not taking calls at the moment.");
      }
      return List.of(v);
    }
    String wanted = blankToNull(topic);
    if (wanted != null && !Topics.ALL.containsKey(wanted)) {
      throw new InvalidInputException("topic", "\"" + wanted + "\" is not one of our topics.");
    }
    return volunteers.active().stream()
        .filter(v -> wanted == null || v.topicList().contains(wanted))
        .toList();
  }

  static SlotView view(Interval slot, Volunteer v, ZoneId zone) {
    ZonedDateTime local = slot.start().atZone(zone);
    return new SlotView(
        v == null ? null : v.slug,
        v == null ? null : v.name,
        slot.start(),
        slot.end(),
        zone.getId(),
        Times.DATE.format(local),
        Times.TIME.format(local));
  }

  static ZoneId zone(String id, String field) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(field, "Say which time zone you are in.");
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, "\"" + id + "\" is not a time zone we know.");
    }
  }

  static boolean isAnyone(String volunteer) {
    return volunteer == null || volunteer.isBlank() || volunteer.strip().equals(ANYONE);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The slot was free when the list was made, but a hold taken since fills it or the week. */
  static final class TakenMeanwhile extends RuntimeException {
    TakenMeanwhile() {
      super("taken meanwhile", null, false, false);
    }
  }

  /**
   * Whether a failed attempt lost the race for a slot: the tick's primary key refused it (SQL state
   * 23505 on PostgreSQL and H2), or H2 gave up waiting for the winner's row lock.
   */
  static boolean isTaken(Throwable thrown) {
    if (SqlStates.causedBy(
        thrown,
        Set.of(
            SqlStates.UNIQUE_VIOLATION,
            SqlStates.H2_LOCK_TIMEOUT,
            SqlStates.SERIALIZATION_FAILURE))) {
      return true;
    }
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof TakenMeanwhile) {
        return true;
      }
    }
    return false;
  }
}
