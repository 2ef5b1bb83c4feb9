package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the free times a booker may choose from, for one volunteer or for a topic. */
@ApplicationScoped
class FreeTimes {

  private static final Duration LONGEST_QUERY = Duration.ofDays(35);

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject SlotChecks slotChecks;
  @Inject Clock clock;

  /** A question for free slots: one volunteer, or everyone who talks about a topic. */
  public record SlotQuery(
      String volunteer, String topic, Instant from, Instant to, String timeZone) {}

  /**
   * Free slots in [from, to), read in the asker's zone. For one volunteer, theirs; otherwise each
   * time any matching volunteer is free, once ("anyone" picks who at booking).
   */
  @Transactional
  public List<SlotView> freeSlots(@NotNull SlotQuery query) {
    ZoneId zone = SlotChecks.zone(query.timeZone(), "tz");
    Instant now = Instant.now(clock);
    Instant from = query.from() == null ? now : query.from();
    Instant to = query.to() == null ? from.plus(Duration.ofDays(7)) : query.to();
    if (!to.isAfter(from)) {
      throw new InvalidInputException("to", "The end of the range must come after its start.");
    }
    if (Duration.between(from, to).compareTo(LONGEST_QUERY) > 0) {
      throw new InvalidInputException("to", "Ask for at most 35 days of slots at a time.");
    }
    boolean anyone = SlotChecks.isAnyone(query.volunteer());
    List<Volunteer> candidates = slotChecks.candidates(query.volunteer(), query.topic());
    // Two queries for all of them, not two per volunteer.
    List<Long> ids = candidates.stream().map(v -> v.id).toList();
    Map<Long, List<Interval>> busy =
        volunteers.busy(ids, from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)));
    Map<Long, List<Interval>> booked = new HashMap<>();
    for (Booking b :
        bookings.holdingTime(
            ids, from.minus(Duration.ofDays(8)), to.plus(Duration.ofDays(8)), now)) {
      booked.computeIfAbsent(b.volunteerId, id -> new ArrayList<>()).add(b.interval());
    }
    Map<Interval, SlotView> slots = new LinkedHashMap<>();
    for (Volunteer v : candidates) {
      List<Interval> free =
          SlotPlanner.freeSlots(
              Hours.of(v),
              busy.getOrDefault(v.id, List.of()),
              booked.getOrDefault(v.id, List.of()),
              now,
              from,
              to);
      for (Interval slot : free) {
        slots.putIfAbsent(slot, SlotChecks.view(slot, anyone ? null : v, zone));
      }
    }
    return slots.values().stream().sorted(Comparator.comparing(SlotView::start)).toList();
  }
}
