package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Changes a booked call from a mailed link: the booker moves it to another free slot of the same
 * volunteer, or either side cancels it. The booker must give the configured notice.
 */
@ApplicationScoped
class MoveAndCancel {

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject SlotChecks slotChecks;
  @Inject BookingLinks links;
  @Inject BookingViews views;
  @Inject SlotTakenMessages takenMessages;
  @Inject Clock clock;
  // Weld does not intercept a call on this, so each attempt below goes through the proxy and is a
  // transaction of its own: a slot taken meanwhile (a key violation, which aborts the transaction
  // on PostgreSQL) rolls back that attempt only. The steps must be public: reached through the
  // proxy from inside move (itself intercepted, for validation), Weld takes a package-private
  // method for a self-call and skips @Transactional; from other beans it does not.
  @Inject MoveAndCancel self;

  @Inject
  @ConfigProperty(name = "seedbed.candle.change-notice")
  Duration changeNotice;

  /**
   * Cancels a call from either side's link. The booker must give the configured notice; a volunteer
   * may always cancel (illness does not give notice), and the booker is told at once.
   */
  @Transactional
  public BookingView cancel(@NotNull String token) {
    Booking booking = links.anyBooking(token);
    String role = BookingLinks.roleOf(booking, token);
    bookings.lock(booking);
    Volunteer v = volunteers.get(booking.volunteerId);
    if (booking.status == Booking.Status.CANCELLED || booking.status == Booking.Status.EXPIRED) {
      return views.view(booking, v, role);
    }
    Instant now = Instant.now(clock);
    if (!booking.endsAt.toInstant().isAfter(now)) {
      throw new InvalidInputException("", "This call has already taken place.");
    }
    boolean confirmed = booking.status == Booking.Status.CONFIRMED;
    if (confirmed && role.equals("booker")) {
      requireNotice(booking, now, "cancel");
    }
    booking.status = Booking.Status.CANCELLED;
    booking.cancelledAt = OffsetDateTime.now(clock);
    booking.cancelledBy = role;
    booking.heldUntil = null;
    bookings.releaseTicks(booking.id);
    if (confirmed) {
      booking.sequence++;
      mails.cancelled(booking, v, role);
    }
    return views.view(booking, v, role);
  }

  /** Moves the booker's call to another free slot of the same volunteer; the same event moves. */
  public BookingView move(@NotNull String token, Instant newStart) {
    if (newStart == null) {
      throw new InvalidInputException("start", "Choose the new time.");
    }
    try {
      return self.moveCall(token, newStart);
    } catch (RuntimeException e) {
      if (!SlotChecks.isTaken(e)) {
        throw e;
      }
      throw takenMessages.takenForMove(token, newStart);
    }
  }

  @Transactional
  public BookingView moveCall(String token, Instant newStart) {
    Booking booking = links.anyBooking(token);
    if (!BookingLinks.roleOf(booking, token).equals("booker")) {
      throw new ForbiddenException(
          "Only the person who booked can move the call; you can cancel it and say why.");
    }
    bookings.lock(booking);
    Volunteer v = volunteers.get(booking.volunteerId);
    Instant now = Instant.now(clock);
    if (booking.status != Booking.Status.CONFIRMED && booking.status != Booking.Status.HELD) {
      throw new GoneException("This call was cancelled or never confirmed, so it cannot be moved.");
    }
    if (booking.status == Booking.Status.CONFIRMED) {
      requireNotice(booking, now, "move");
    }
    Interval slot = Interval.of(newStart, Duration.ofMinutes(v.callMinutes));
    if (slot.start().equals(booking.startsAt.toInstant())) {
      return views.view(booking, v, "booker");
    }
    bookings.expireHolds(now, v.id);
    if (!slotChecks.offers(v, slot, now, booking.id, true)) {
      if (slotChecks.offers(v, slot, now, booking.id, false)) {
        throw new ConflictException(
            "That time has just been taken. Choose another free time.",
            "/candle/slots?volunteer=" + v.slug);
      }
      throw new InvalidInputException(
          "start",
          "That time is not one you can move to: it is outside the volunteer's hours, too soon or"
              + " too far ahead.");
    }
    Interval old = booking.interval();
    bookings.releaseTicks(booking.id);
    bookings.claimTicks(v.id, booking.id, slot, Duration.ofMinutes(v.bufferMinutes));
    booking.startsAt = Bookings.utc(slot.start());
    booking.endsAt = Bookings.utc(slot.end());
    booking.remindedAt = null;
    if (booking.status == Booking.Status.CONFIRMED) {
      booking.sequence++;
      mails.moved(booking, v, old, token);
    }
    return views.view(booking, v, "booker");
  }

  private void requireNotice(Booking booking, Instant now, String what) {
    Instant deadline = booking.startsAt.toInstant().minus(changeNotice);
    if (now.isAfter(deadline)) {
      throw new InvalidInputException(
          "",
          "Calls can be "
              + (what.equals("move") ? "moved" : "cancelled")
              + " up to "
              + hours(changeNotice)
              + " before they start, and this one starts sooner. If you cannot make it, reply to"
              + " your confirmation mail so the volunteer knows.");
    }
  }

  private static String hours(Duration duration) {
    long hours = duration.toHours();
    return hours == 1 ? "1 hour" : hours + " hours";
  }
}
