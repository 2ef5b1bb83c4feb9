package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and writes bookings and the ticks that keep a volunteer's calls apart. */
@ApplicationScoped
class Bookings {

  /** Ticks are five minutes: call lengths and buffers are whole multiples of it. */
  static final long TICK_SECONDS = 300;

  @PersistenceContext EntityManager em;

  void persist(Booking booking) {
    em.persist(booking);
    em.flush();
  }

  Optional<Booking> findByTokenHash(String hash) {
    return em.createQuery(
            "select b from Booking b where b.bookerTokenHash = :hash or b.volunteerTokenHash = :hash",
            Booking.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  Booking lock(Booking booking) {
    em.lock(booking, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(booking);
    return booking;
  }

  Booking get(long id) {
    Booking booking = em.find(Booking.class, id);
    if (booking == null) {
      throw new NotFoundException("There is no such booking.");
    }
    return booking;
  }

  /**
   * What holds a call's time, in JPQL over {@code b}: confirmed, or held and not yet expired at
   * {@code :now}. One definition for every query that asks, so a change to it is made once.
   */
  private static final String HOLDS_TIME =
      " (b.status = :confirmed or (b.status = :held and b.heldUntil > :now))";

  /** Calls of a volunteer that still hold their time (confirmed, or held and not expired). */
  List<Booking> holdingTime(long volunteerId, Instant from, Instant to, Instant now) {
    return holdingTime(List.of(volunteerId), from, to, now);
  }

  /** The same for several volunteers in one query. */
  List<Booking> holdingTime(List<Long> volunteerIds, Instant from, Instant to, Instant now) {
    if (volunteerIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select b from Booking b where b.volunteerId in :volunteers"
                + " and b.startsAt < :to and b.endsAt > :from and"
                + HOLDS_TIME
                + " order by b.startsAt",
            Booking.class)
        .setParameter("volunteers", volunteerIds)
        .setParameter("from", Volunteers.utc(from))
        .setParameter("to", Volunteers.utc(to))
        .setParameter("confirmed", Booking.Status.CONFIRMED)
        .setParameter("held", Booking.Status.HELD)
        .setParameter("now", Volunteers.utc(now))
        .getResultList();
  }

  /** Stripes of addresses whose holds go one at a time; see V11__booker_stripes.sql. */
  static final int BOOKER_STRIPES = 256;

  /**
   * Makes holds by this address go one at a time until the transaction ends, on every instance: it
   * locks the row of the address's stripe. Taken after the volunteer's row, as every hold does, so
   * that two holds never wait for each other in opposite orders.
   */
  void lockBooker(String email) {
    int stripe = Math.floorMod(email.toLowerCase(Locale.ROOT).hashCode(), BOOKER_STRIPES);
    em.createNativeQuery("select stripe from booker_stripe where stripe = ?1 for update")
        .setParameter(1, stripe)
        .getResultList();
  }

  /** Upcoming calls this address holds or has on hold. */
  long upcomingFor(String email, Instant now) {
    return em.createQuery(
            "select count(b) from Booking b where b.bookerEmail = :email and b.endsAt > :now and"
                + HOLDS_TIME,
            Long.class)
        .setParameter("email", email)
        .setParameter("now", Volunteers.utc(now))
        .setParameter("confirmed", Booking.Status.CONFIRMED)
        .setParameter("held", Booking.Status.HELD)
        .getSingleResult();
  }

  List<Booking> ofVolunteer(long volunteerId, Instant since) {
    return em.createQuery(
            "select b from Booking b where b.volunteerId = :volunteer and b.endsAt > :since"
                + " and b.status in :statuses order by b.startsAt",
            Booking.class)
        .setParameter("volunteer", volunteerId)
        .setParameter("since", Volunteers.utc(since))
        .setParameter("statuses", List.of(Booking.Status.CONFIRMED, Booking.Status.CANCELLED))
        .getResultList();
  }

  List<Booking> ofEmail(String email) {
    return em.createQuery(
            "select b from Booking b where b.bookerEmail = :email order by b.startsAt",
            Booking.class)
        .setParameter("email", email)
        .getResultList();
  }

  /**
   * Takes the ticks of [start, end + buffer) for a booking. The flush makes a tick another booking
   * already owns fail here, as a unique violation, rather than at commit.
   */
  void claimTicks(long volunteerId, long bookingId, Interval call, Duration buffer) {
    long first = Math.floorDiv(call.start().getEpochSecond(), TICK_SECONDS);
    long end =
        Math.floorDiv(call.end().plus(buffer).getEpochSecond() + TICK_SECONDS - 1, TICK_SECONDS);
    for (long tick = first; tick < end; tick++) {
      em.createNativeQuery(
              "insert into booking_tick (volunteer_id, tick, booking_id) values (?1, ?2, ?3)")
          .setParameter(1, volunteerId)
          .setParameter(2, tick)
          .setParameter(3, bookingId)
          .executeUpdate();
    }
  }

  void releaseTicks(long bookingId) {
    em.createNativeQuery("delete from booking_tick where booking_id = ?1")
        .setParameter(1, bookingId)
        .executeUpdate();
  }

  /**
   * Lets go of holds nobody confirmed in time, so their ticks are free again. Run before taking
   * ticks, so a lapsed hold never blocks a booking even if the scheduled sweep has not come yet.
   */
  int expireHolds(Instant now, Long volunteerId) {
    String ofVolunteer = volunteerId == null ? "" : " and b.volunteerId = :volunteer";
    var query =
        em.createQuery(
                "select b from Booking b where b.status = :held and b.heldUntil <= :now"
                    + ofVolunteer,
                Booking.class)
            .setParameter("held", Booking.Status.HELD)
            .setParameter("now", Volunteers.utc(now));
    if (volunteerId != null) {
      query.setParameter("volunteer", volunteerId);
    }
    List<Booking> lapsed = query.getResultList();
    for (Booking booking : lapsed) {
      booking.status = Booking.Status.EXPIRED;
      releaseTicks(booking.id);
    }
    return lapsed.size();
  }

  /** Confirmed calls starting within {@code lead} that have had no reminder. */
  List<Long> dueReminders(Instant now, Duration lead) {
    return em.createQuery(
            "select b.id from Booking b where b.status = :confirmed and b.remindedAt is null"
                + " and b.startsAt > :now and b.startsAt <= :until",
            Long.class)
        .setParameter("confirmed", Booking.Status.CONFIRMED)
        .setParameter("now", Volunteers.utc(now))
        .setParameter("until", Volunteers.utc(now.plus(lead)))
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * Marks a reminder sent; the condition lets exactly one instance, and one run, have it, so a
   * reminder never goes out twice.
   */
  boolean takeReminder(long id, Instant now) {
    return em.createQuery(
                "update Booking b set b.remindedAt = :now where b.id = :id and b.remindedAt is null"
                    + " and b.status = :confirmed")
            .setParameter("now", Volunteers.utc(now))
            .setParameter("id", id)
            .setParameter("confirmed", Booking.Status.CONFIRMED)
            .executeUpdate()
        == 1;
  }

  static OffsetDateTime utc(Instant instant) {
    return Volunteers.utc(instant);
  }

  /** Bookers' addresses of a volunteer's confirmed calls. */
  List<String> bookersMetBy(long accountId) {
    return em.createQuery(
            "select distinct b.bookerEmail from Booking b, Volunteer v where v.id = b.volunteerId"
                + " and v.accountId = :account and b.status = :confirmed",
            String.class)
        .setParameter("account", accountId)
        .setParameter("confirmed", Booking.Status.CONFIRMED)
        .getResultList();
  }

  /** Accounts of the volunteers an address had confirmed calls with. */
  List<Long> volunteersMetBy(String email) {
    return em.createQuery(
            "select distinct v.accountId from Booking b, Volunteer v where v.id = b.volunteerId"
                + " and b.bookerEmail = :email and b.status = :confirmed",
            Long.class)
        .setParameter("email", email)
        .setParameter("confirmed", Booking.Status.CONFIRMED)
        .getResultList();
  }
}
