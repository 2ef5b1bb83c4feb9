package coop.seedbed.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reminds both sides of a confirmed call shortly before it, once, whichever instance runs it. */
@ApplicationScoped
class Reminders {

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject Clock clock;

  @Transactional
  public List<Long> dueReminders(Duration lead) {
    return bookings.dueReminders(Instant.now(clock), lead);
  }

  /** Sends the reminder of one call, unless another run or instance already has. */
  @Transactional
  public void remind(long bookingId) {
    if (bookings.takeReminder(bookingId, Instant.now(clock))) {
      Booking booking = bookings.get(bookingId);
      mails.reminder(booking, volunteers.get(booking.volunteerId));
    }
  }
}
