package coop.seedbed.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A booking as one side sees it: in their own zone, with whether they may still change it, and the
 * booker's details only for the volunteer.
 */
@ApplicationScoped
class BookingViews {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.candle.change-notice")
  Duration changeNotice;

  BookingView view(Booking b, Volunteer v, String role) {
    boolean forVolunteer = role.equals("volunteer");
    ZoneId zone = ZoneId.of(forVolunteer ? v.timeZone : b.bookerZone);
    Instant now = Instant.now(clock);
    Instant deadline = b.startsAt.toInstant().minus(changeNotice);
    boolean open = b.status == Booking.Status.CONFIRMED || b.status == Booking.Status.HELD;
    boolean canChange =
        open
            && (b.status == Booking.Status.HELD || forVolunteer || now.isBefore(deadline))
            && b.endsAt.toInstant().isAfter(now);
    return new BookingView(
        b.status.name().toLowerCase(Locale.ROOT),
        role,
        v.slug,
        v.name,
        b.topic,
        b.startsAt.toInstant(),
        b.endsAt.toInstant(),
        zone.getId(),
        Times.describe(b.interval(), zone),
        b.heldUntil == null ? null : b.heldUntil.toInstant(),
        b.status == Booking.Status.CONFIRMED ? b.callUrl : null,
        canChange,
        deadline,
        b.bookerName,
        forVolunteer ? b.bookerEmail : null,
        forVolunteer ? b.about : null,
        forVolunteer ? b.id : null,
        forVolunteer ? b.outcome : null,
        forVolunteer ? b.referral : null);
  }
}
