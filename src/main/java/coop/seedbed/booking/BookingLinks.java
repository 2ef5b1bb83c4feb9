package coop.seedbed.booking;

import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/**
 * The booking behind a mailed link, and which side (booker or volunteer) the link belongs to; shows
 * it, and gives its invite again.
 */
@ApplicationScoped
class BookingLinks {

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject BookingViews views;

  @Transactional
  public BookingView find(@NotNull String token) {
    Booking booking = anyBooking(token);
    return views.view(booking, volunteers.get(booking.volunteerId), roleOf(booking, token));
  }

  /** The invite again, as the holder of the link would have had it in their mail. */
  @Transactional
  public String invite(@NotNull String token) {
    Booking booking = anyBooking(token);
    if (booking.status == Booking.Status.HELD || booking.status == Booking.Status.EXPIRED) {
      throw new NotFoundException("There is no invite until the call is confirmed.");
    }
    return mails.invite(booking, volunteers.get(booking.volunteerId), roleOf(booking, token));
  }

  Booking bookerBooking(String token) {
    Booking booking = anyBooking(token);
    if (!roleOf(booking, token).equals("booker")) {
      throw new NotFoundException("There is no booking at this link.");
    }
    return booking;
  }

  Booking anyBooking(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException("There is no booking at this link.");
    }
    return bookings
        .findByTokenHash(Tokens.hash(token))
        .orElseThrow(() -> new NotFoundException("There is no booking at this link."));
  }

  static String roleOf(Booking booking, String token) {
    return booking.bookerTokenHash.equals(Tokens.hash(token)) ? "booker" : "volunteer";
  }
}
