package coop.seedbed.booking;

import coop.seedbed.accounts.Caller;
import coop.seedbed.calendar.Interval;
import coop.seedbed.database.SqlStates;
import coop.seedbed.directory.DirectoryService;
import coop.seedbed.guides.GuideLibrary;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.Limit;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.RateLimiter;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Booking Digital Candle calls: free slots, holding one until the booker confirms by mail,
 * confirming, moving, cancelling, reminding, and the volunteer's notes afterwards. Every step that
 * takes time from a volunteer takes its ticks in the database, so of two racing requests, on any
 * number of instances, exactly one gets the slot.
 */
@ApplicationScoped
public class BookingService {

  private static final String BODY_REQUIRED = "Send the booking as JSON.";
  private static final String ANYONE = "anyone";
  private static final Duration LONGEST_QUERY = Duration.ofDays(35);

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject RateLimiter limiter;
  @Inject DirectoryService directory;
  @Inject GuideLibrary guides;
  @Inject Clock clock;
  // Weld does not intercept a call on this, so each attempt below goes through the proxy and is a
  // transaction of its own: a slot taken meanwhile (a key violation, which aborts the transaction
  // on PostgreSQL) rolls back that attempt only. The steps must be public: reached through the
  // proxy from inside requestCall or move (themselves intercepted, for validation), Weld takes a
  // package-private method for a self-call and skips @Transactional; from other beans it does not.
  @Inject BookingService self;

  @Inject
  @ConfigProperty(name = "seedbed.candle.hold")
  Duration hold;

  @Inject
  @ConfigProperty(name = "seedbed.candle.change-notice")
  Duration changeNotice;

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

  /** A question for free slots: one volunteer, or everyone who talks about a topic. */
  public record SlotQuery(
      String volunteer, String topic, Instant from, Instant to, String timeZone) {}

  /**
   * Free slots in [from, to), read in the asker's zone. For one volunteer, theirs; otherwise each
   * time any matching volunteer is free, once ("anyone" picks who at booking).
   */
  @Transactional
  public List<SlotView> freeSlots(@NotNull SlotQuery query) {
    ZoneId zone = zone(query.timeZone(), "tz");
    Instant now = Instant.now(clock);
    Instant from = query.from() == null ? now : query.from();
    Instant to = query.to() == null ? from.plus(Duration.ofDays(7)) : query.to();
    if (!to.isAfter(from)) {
      throw new InvalidInputException("to", "The end of the range must come after its start.");
    }
    if (Duration.between(from, to).compareTo(LONGEST_QUERY) > 0) {
      throw new InvalidInputException("to", "Ask for at most 35 days of slots at a time.");
    }
    boolean anyone = isAnyone(query.volunteer());
    List<Volunteer> candidates = candidates(query.volunteer(), query.topic());
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
        slots.putIfAbsent(slot, view(slot, anyone ? null : v, zone));
      }
    }
    return slots.values().stream().sorted(Comparator.comparing(SlotView::start)).toList();
  }

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
    ZoneId zone = zone(request.timeZone(), "timeZone");
    limiter.acquire(
        "candle-booking", clientAddress == null ? "unknown" : clientAddress, bookingLimit);
    limiter.acquire("candle-booking-email", email, emailLimit);
    List<Long> order = self.volunteersFreeAt(request);
    String token = Tokens.generate();
    for (long volunteerId : order) {
      try {
        return self.hold(volunteerId, request, email, zone, token);
      } catch (RuntimeException e) {
        if (!isTaken(e)) {
          throw e;
        }
      }
    }
    throw self.taken(request.volunteer(), request.topic(), request.start(), zone);
  }

  /** Volunteers who would take this exact slot, in the order to try them. */
  @Transactional
  public List<Long> volunteersFreeAt(BookingRequest request) {
    Instant now = Instant.now(clock);
    List<Volunteer> candidates = candidates(request.volunteer(), request.topic());
    List<Volunteer> free = new ArrayList<>();
    boolean withinHours = false;
    for (Volunteer v : candidates) {
      Interval slot = Interval.of(request.start(), Duration.ofMinutes(v.callMinutes));
      if (offers(v, slot, now, null, true)) {
        free.add(v);
      } else if (offers(v, slot, now, null, false)) {
        withinHours = true;
      }
    }
    if (free.isEmpty() && withinHours) {
      throw taken(
          request.volunteer(),
          request.topic(),
          request.start(),
          zone(request.timeZone(), "timeZone"));
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
    if (!offers(v, slot, now, null, true)) {
      throw new TakenMeanwhile();
    }
    Booking booking = new Booking();
    booking.volunteerId = v.id;
    booking.topic = blankToNull(request.topic());
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
    return view(booking, v, "booker");
  }

  /** The booker confirms from the mailed link: now both get the invite. */
  @Transactional
  public BookingView confirm(@NotNull String token) {
    Booking booking = bookerBooking(token);
    bookings.lock(booking);
    Volunteer v = volunteers.get(booking.volunteerId);
    Instant now = Instant.now(clock);
    switch (booking.status) {
      case CONFIRMED:
        return view(booking, v, "booker");
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
    return view(booking, v, "booker");
  }

  /**
   * Cancels a call from either side's link. The booker must give the configured notice; a volunteer
   * may always cancel (illness does not give notice), and the booker is told at once.
   */
  @Transactional
  public BookingView cancel(@NotNull String token) {
    Booking booking = anyBooking(token);
    String role = roleOf(booking, token);
    bookings.lock(booking);
    Volunteer v = volunteers.get(booking.volunteerId);
    if (booking.status == Booking.Status.CANCELLED || booking.status == Booking.Status.EXPIRED) {
      return view(booking, v, role);
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
    return view(booking, v, role);
  }

  /** Moves the booker's call to another free slot of the same volunteer; the same event moves. */
  public BookingView move(@NotNull String token, Instant newStart) {
    if (newStart == null) {
      throw new InvalidInputException("start", "Choose the new time.");
    }
    try {
      return self.moveCall(token, newStart);
    } catch (RuntimeException e) {
      if (!isTaken(e)) {
        throw e;
      }
      throw self.takenForMove(token, newStart);
    }
  }

  @Transactional
  public BookingView moveCall(String token, Instant newStart) {
    Booking booking = anyBooking(token);
    if (!roleOf(booking, token).equals("booker")) {
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
      return view(booking, v, "booker");
    }
    bookings.expireHolds(now, v.id);
    if (!offers(v, slot, now, booking.id, true)) {
      if (offers(v, slot, now, booking.id, false)) {
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
    return view(booking, v, "booker");
  }

  @Transactional
  public BookingView find(@NotNull String token) {
    Booking booking = anyBooking(token);
    return view(booking, volunteers.get(booking.volunteerId), roleOf(booking, token));
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

  /** The signed-in volunteer's calls, from 30 days ago on. */
  @Transactional
  public List<BookingView> bookingsOf(@NotNull Caller caller) {
    Volunteer v = ownVolunteer(caller);
    return bookings.ofVolunteer(v.id, Instant.now(clock).minus(Duration.ofDays(30))).stream()
        .map(b -> view(b, v, "volunteer"))
        .toList();
  }

  /**
   * The volunteer's private notes after a call, and the next step they suggest, which is mailed to
   * the booker the first time it is set or whenever it changes.
   */
  @Transactional
  public BookingView recordOutcome(
      @NotNull Caller caller, long bookingId, @Valid OutcomeRequest request) {
    Volunteer v = ownVolunteer(caller);
    Booking booking = bookings.get(bookingId);
    if (booking.volunteerId != v.id) {
      throw new NotFoundException("There is no such booking among your calls.");
    }
    if (booking.status != Booking.Status.CONFIRMED) {
      throw new InvalidInputException("", "Only a call that took place can have an outcome.");
    }
    if (booking.startsAt.toInstant().isAfter(Instant.now(clock))) {
      throw new InvalidInputException("", "Write the outcome once the call has started.");
    }
    String referral = blankToNull(request == null ? null : request.referral());
    String title = null;
    if (referral != null) {
      title = referralTitle(referral);
    }
    booking.outcome = blankToNull(request == null ? null : request.outcome());
    boolean changed = referral != null && !referral.equals(booking.referral);
    booking.referral = referral;
    if (changed) {
      mails.referred(booking, v, referral, title);
    }
    return view(booking, v, "volunteer");
  }

  /** Who a person has met on a Digital Candle call, from either side: addresses and accounts. */
  public record Met(Set<String> emails, Set<Long> accounts) {}

  @Transactional
  public Met metOnCalls(long accountId, @NotNull String email) {
    return new Met(
        Set.copyOf(bookings.bookersMetBy(accountId)),
        Set.copyOf(bookings.volunteersMetBy(email.toLowerCase(Locale.ROOT))));
  }

  @Transactional
  public int expireHolds() {
    return bookings.expireHolds(Instant.now(clock), null);
  }

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

  @Transactional
  public ConflictException taken(String volunteer, String topic, Instant start, ZoneId zone) {
    Instant now = Instant.now(clock);
    List<SlotView> next = new ArrayList<>();
    for (Volunteer v : candidates(volunteer, topic)) {
      for (Interval slot : slotsOf(v, start, start.plus(Duration.ofDays(14)), now, null)) {
        next.add(view(slot, isAnyone(volunteer) ? null : v, zone));
      }
    }
    next.sort(Comparator.comparing(SlotView::start));
    List<String> times =
        next.stream().map(s -> s.date() + " at " + s.time()).distinct().limit(3).toList();
    String link =
        "/candle/slots?"
            + (isAnyone(volunteer)
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
    Booking booking = anyBooking(token);
    Volunteer v = volunteers.get(booking.volunteerId);
    return taken(v.slug, null, start, ZoneId.of(booking.bookerZone));
  }

  private List<Interval> slotsOf(Volunteer v, Instant from, Instant to, Instant now, Long exclude) {
    List<Interval> busy =
        volunteers.busy(v.id, from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)));
    List<Interval> booked = booked(v, from, to, now, exclude);
    return SlotPlanner.freeSlots(Hours.of(v), busy, booked, now, from, to);
  }

  private boolean offers(
      Volunteer v, Interval slot, Instant now, Long exclude, boolean withBookings) {
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

  private List<Volunteer> candidates(String volunteer, String topic) {
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

  private String referralTitle(String referral) {
    if (referral.equals("/accelerator")) {
      return "the Seedbed accelerator";
    }
    if (referral.startsWith("/coops/")) {
      try {
        return directory.find(Caller.ANONYMOUS, referral.substring("/coops/".length())).name();
      } catch (NotFoundException e) {
        throw new InvalidInputException(
            "referral", "There is no published listing at " + referral + ".");
      }
    }
    if (referral.startsWith("/guides/")) {
      return guides
          .current()
          .find(referral.substring("/guides/".length()))
          .map(g -> g.title())
          .orElseThrow(
              () ->
                  new InvalidInputException("referral", "There is no guide at " + referral + "."));
    }
    throw new InvalidInputException(
        "referral",
        "Refer people to a listing (/coops/...), a guide (/guides/...) or /accelerator.");
  }

  private Booking bookerBooking(String token) {
    Booking booking = anyBooking(token);
    if (!roleOf(booking, token).equals("booker")) {
      throw new NotFoundException("There is no booking at this link.");
    }
    return booking;
  }

  private Booking anyBooking(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException("There is no booking at this link.");
    }
    return bookings
        .findByTokenHash(Tokens.hash(token))
        .orElseThrow(() -> new NotFoundException("There is no booking at this link."));
  }

  private static String roleOf(Booking booking, String token) {
    return booking.bookerTokenHash.equals(Tokens.hash(token)) ? "booker" : "volunteer";
  }

  private Volunteer ownVolunteer(Caller caller) {
    long accountId = caller.requireSignedIn().requirePerson();
    return volunteers
        .findByAccount(accountId)
        .orElseThrow(() -> new NotFoundException("You have no volunteer profile yet."));
  }

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

  private static SlotView view(Interval slot, Volunteer v, ZoneId zone) {
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

  private static GoneException expired() {
    return new GoneException(
        "This hold ran out before it was confirmed, and the time went back. Book again: it only"
            + " takes a minute.");
  }

  private static boolean isAnyone(String volunteer) {
    return volunteer == null || volunteer.isBlank() || volunteer.strip().equals(ANYONE);
  }

  private static String hours(Duration duration) {
    long hours = duration.toHours();
    return hours == 1 ? "1 hour" : hours + " hours";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Whether a failed attempt lost the race for a slot: the tick's primary key refused it (SQL state
   * 23505 on PostgreSQL and H2), or H2 gave up waiting for the winner's row lock.
   */
  /** The slot was free when the list was made, but a hold taken since fills it or the week. */
  static final class TakenMeanwhile extends RuntimeException {
    TakenMeanwhile() {
      super("taken meanwhile", null, false, false);
    }
  }

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
      if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof TakenMeanwhile) {
        return true;
      }
    }
    return false;
  }

  Optional<Volunteer> volunteerOf(Caller caller) {
    return caller.account().flatMap(volunteers::findByAccount);
  }
}
