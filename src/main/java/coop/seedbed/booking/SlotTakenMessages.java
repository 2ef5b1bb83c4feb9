package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer when someone else got a slot first: the next three free times in the booker's zone,
 * and a link to all of them.
 */
@ApplicationScoped
class SlotTakenMessages {

  @Inject Volunteers volunteers;
  @Inject SlotChecks slotChecks;
  @Inject BookingLinks links;
  @Inject Clock clock;

  @Transactional
  public ConflictException taken(String volunteer, String topic, Instant start, ZoneId zone) {
    Instant now = Instant.now(clock);
    List<SlotView> next = new ArrayList<>();
    for (Volunteer v : slotChecks.candidates(volunteer, topic)) {
      for (Interval slot :
          slotChecks.slotsOf(v, start, start.plus(Duration.ofDays(14)), now, null)) {
        next.add(SlotChecks.view(slot, SlotChecks.isAnyone(volunteer) ? null : v, zone));
      }
    }
    next.sort(Comparator.comparing(SlotView::start));
    List<String> times =
        next.stream().map(s -> s.date() + " at " + s.time()).distinct().limit(3).toList();
    String link =
        "/candle/slots?"
            + (SlotChecks.isAnyone(volunteer)
                ? "topic=" + (topic == null ? "" : topic)
                : "volunteer=" + volunteer)
            + "&tz="
            + zone.getId();
    return new ConflictException(
        "Someone else has just booked that time."
            + (times.isEmpty()
                ? " There are no other free times in the next two weeks."
                : " The next free times are "
                    + String.join("; ", times)
                    + " ("
                    + zone.getId()
                    + ")."),
        link);
  }

  @Transactional
  public ConflictException takenForMove(String token, Instant start) {
    Booking booking = links.anyBooking(token);
    Volunteer v = volunteers.get(booking.volunteerId);
    return taken(v.slug, null, start, ZoneId.of(booking.bookerZone));
  }
}
