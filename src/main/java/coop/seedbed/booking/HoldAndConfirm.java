package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.Limit;
import coop.seedbed.shared.RateLimiter;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Books a call in two steps: holds a free slot for the booker and mails them a link, then confirms
 * it from that link; holds not confirmed in time are let go. A hold takes its ticks in the
 * database, so of two racing requests, on any number of instances, exactly one gets the slot.
 */
@ApplicationScoped
class HoldAndConfirm {

  private static final String BODY_REQUIRED = "Send the booking as JSON.";

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject RateLimiter limiter;
  @Inject SlotChecks slotChecks;
  @Inject BookingLinks links;
  @Inject BookingViews views;
  @Inject SlotTakenMessages takenMessages;
  @Inject Clock clock;
  // Weld does not intercept a call on this, so each attempt below goes through the proxy and is a
  // transaction of its own: a slot taken meanwhile (a key violation, which aborts the transaction
  // on PostgreSQL) rolls back that attempt only. The steps must be public: reached through the
  // proxy from inside requestCall (itself intercepted, for validation), Weld takes a
  // package-private method for a self-call and skips @Transactional; from other beans it does not.
  @Inject HoldAndConfirm self;

  @Inject
  @ConfigProperty(name = "seedbed.candle.hold")
  Duration hold;

  @Inject
  @ConfigProperty(name = "seedbed.candle.max-upcoming-per-email")
  int maxUpcoming;

  @Inject
  @ConfigProperty(name = "seedbed.candle.rate-limit.bookings")
  Limit bookingLimit;

  @Inject
  @ConfigProperty(name = "seedbed.candle.rate-limit.bookings-per-email")
  Limit emailLimit;

  @Inject
  @ConfigProperty(name = "seedbed.candle.call-url")
  String callUrlTemplate;

  /**
   * Holds a slot for the booker and mails them the link to confirm it. With "anyone", the
   * volunteers free at that time are tried in turn, the one booked longest ago first, so equals
   * share the calls.
   */
  public BookingView requestCall(
      @NotNull(message = BODY_REQUIRED) @Valid BookingRequest request, String clientAddress) {
    if (request.website() != null && !request.website().isBlank()) {
      // Only programs fill in the hidden field; tell them plainly, and keep nothing.
      throw new InvalidInputException(
          "website", "This form was filled in by a program, so nothing was booked.");
    }
    String email = request.email().strip().toLowerCase(Locale.ROOT);
    ZoneId zone = SlotChecks.zone(request.timeZone(), "timeZone");
    limiter.acquire(
        "candle-booking", clientAddress == null ? "unknown" : clientAddress, bookingLimit);
    limiter.acquire("candle-booking-email", email, emailLimit);
    List<Long> order = self.volunteersFreeAt(request);
    String token = Tokens.generate();
    for (long volunteerId : order) {
      try {
        return self.hold(volunteerId, request, email, zone, token);
      } catch (RuntimeException e) {
        if (!SlotChecks.isTaken(e)) {
          throw e;
        }
      }
    }
    throw takenMessages.taken(request.volunteer(), request.topic(), request.start(), zone);
  }

  /** Volunteers who would take this exact slot, in the order to try them. */
  @Transactional
  public List<Long> volunteersFreeAt(BookingRequest request) {
    Instant now = Instant.now(clock);
    List<Volunteer> candidates = slotChecks.candidates(request.volunteer(), request.topic());
    List<Volunteer> free = new ArrayList<>();
    boolean withinHours = false;
    for (Volunteer v : candidates) {
      Interval slot = Interval.of(request.start(), Duration.ofMinutes(v.callMinutes));
      if (slotChecks.offers(v, slot, now, null, true)) {
        free.add(v);
      } else if (slotChecks.offers(v, slot, now, null, false)) {
        withinHours = true;
      }
    }
    if (free.isEmpty() && withinHours) {
      throw takenMessages.taken(
          request.volunteer(),
          request.topic(),
          request.start(),
          SlotChecks.zone(request.timeZone(), "timeZone"));
    }
    if (free.isEmpty()) {
      throw new InvalidInputException(
          "start",
          "That time is not one you can book: it is outside the volunteer's hours, too soon"
              + " (calls need notice) or too far ahead. Choose one of the free times shown.");
    }
    free.sort(
        Comparator.comparing(
                (Volunteer v) -> v.lastBookedAt == null ? OffsetDateTime.MIN : v.lastBookedAt)
            .thenComparing(v -> v.id));
    return free.stream().map(v -> v.id).toList();
  }

  @Transactional
  public BookingView hold(
      long volunteerId, BookingRequest request, String email, ZoneId zone, String token) {
    Instant now = Instant.now(clock);
    // Taking the volunteer's row first makes holds of one volunteer go one at a time (on every
    // instance), so the weekly maximum below is judged with every hold before this one in view.
    volunteers.markBooked(volunteerId, OffsetDateTime.now(clock));
    // And the booker's stripe, so that one person's holds of several volunteers at once are
    // counted against their limit one after another.
    bookings.lockBooker(email);
    bookings.expireHolds(now, volunteerId);
    if (bookings.upcomingFor(email, now) >= maxUpcoming) {
      throw new InvalidInputException(
          "email",
          "You already have "
              + maxUpcoming
              + " calls booked or waiting for confirmation. Once one has taken place (or you cancel"
              + " one), you can book another.");
    }
    Volunteer v = volunteers.get(volunteerId);
    Interval slot = Interval.of(request.start(), Duration.ofMinutes(v.callMinutes));
    if (!slotChecks.offers(v, slot, now, null, true)) {
      throw new SlotChecks.TakenMeanwhile();
    }
    Booking booking = new Booking();
    booking.volunteerId = v.id;
    booking.topic = SlotChecks.blankToNull(request.topic());
    booking.status = Booking.Status.HELD;
    booking.startsAt = Bookings.utc(slot.start());
    booking.endsAt = Bookings.utc(slot.end());
    booking.bookerZone = zone.getId();
    booking.bookerName = request.name().strip();
    booking.bookerEmail = email;
    booking.about = request.about().strip();
    booking.bookerTokenHash = Tokens.hash(token);
    // The volunteer's own link is made when the call is confirmed; until then nobody can use one.
    booking.volunteerTokenHash = Tokens.hash(Tokens.generate());
    booking.heldUntil = Bookings.utc(now.plus(hold));
    booking.callUrl =
        v.callLink != null
            ? v.callLink
            : callUrlTemplate.replace("{room}", Tokens.generate().substring(0, 16));
    booking.createdAt = OffsetDateTime.now(clock);
    bookings.persist(booking);
    bookings.claimTicks(v.id, booking.id, slot, Duration.ofMinutes(v.bufferMinutes));
    mails.held(booking, v, token, hold);
    return views.view(booking, v, "booker");
  }

  /** The booker confirms from the mailed link: now both get the invite. */
  @Transactional
  public BookingView confirm(@NotNull String token) {
    Booking booking = links.bookerBooking(token);
    bookings.lock(booking);
    Volunteer v = volunteers.get(booking.volunteerId);
    Instant now = Instant.now(clock);
    switch (booking.status) {
      case CONFIRMED:
        return views.view(booking, v, "booker");
      case CANCELLED:
        throw new GoneException("This call was cancelled, so it cannot be confirmed.");
      case EXPIRED:
        throw expired();
      case HELD:
        if (!booking.heldUntil.toInstant().isAfter(now)) {
          booking.status = Booking.Status.EXPIRED;
          bookings.releaseTicks(booking.id);
          throw expired();
        }
        break;
      default:
        throw new IllegalStateException(booking.status.name());
    }
    booking.status = Booking.Status.CONFIRMED;
    booking.confirmedAt = OffsetDateTime.now(clock);
    booking.heldUntil = null;
    String volunteerToken = Tokens.generate();
    booking.volunteerTokenHash = Tokens.hash(volunteerToken);
    mails.confirmed(booking, v, token, volunteerToken);
    return views.view(booking, v, "booker");
  }

  @Transactional
  public int expireHolds() {
    return bookings.expireHolds(Instant.now(clock), null);
  }

  private static GoneException expired() {
    return new GoneException(
        "This hold ran out before it was confirmed, and the time went back. Book again: it only"
            + " takes a minute.");
  }
}
