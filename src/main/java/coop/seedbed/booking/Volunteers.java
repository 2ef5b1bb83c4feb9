package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.database.NativeValues;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Blob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes volunteers, their uploaded calendar file and the busy times read from it. */
@ApplicationScoped
class Volunteers {

  @PersistenceContext EntityManager em;

  Optional<Volunteer> findByAccount(long accountId) {
    return em.createQuery("select v from Volunteer v where v.accountId = :id", Volunteer.class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst();
  }

  Optional<Volunteer> findBySlug(String slug) {
    return em.createQuery("select v from Volunteer v where v.slug = :slug", Volunteer.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  Volunteer getBySlug(String slug) {
    return findBySlug(slug)
        .orElseThrow(() -> new NotFoundException("There is no volunteer called " + slug + "."));
  }

  Optional<Volunteer> findByFeedSecret(String secret) {
    return em.createQuery("select v from Volunteer v where v.feedSecret = :secret", Volunteer.class)
        .setParameter("secret", secret)
        .getResultStream()
        .findFirst();
  }

  Volunteer get(long id) {
    Volunteer volunteer = em.find(Volunteer.class, id);
    if (volunteer == null) {
      throw new NotFoundException("There is no such volunteer.");
    }
    return volunteer;
  }

  List<Volunteer> active() {
    return em.createQuery(
            "select v from Volunteer v where v.active = true order by v.name, v.id",
            Volunteer.class)
        .getResultList();
  }

  List<Long> withBusyUrl() {
    return em.createQuery(
            "select v.id from Volunteer v where v.busyUrl is not null order by v.id", Long.class)
        .getResultList();
  }

  void persist(Volunteer volunteer) {
    em.persist(volunteer);
    em.flush();
  }

  void storeBusyFile(long id, byte[] content) {
    em.createNativeQuery("update volunteer set busy_file = ?1 where id = ?2")
        .setParameter(1, content)
        .setParameter(2, id)
        .executeUpdate();
  }

  /** A separate statement: PostgreSQL cannot tell the type of a bare NULL parameter. */
  void forgetBusyFile(long id) {
    em.createNativeQuery("update volunteer set busy_file = NULL where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  Optional<byte[]> busyFile(long id) {
    List<?> rows =
        em.createNativeQuery(
                "select busy_file from volunteer where id = ?1 and busy_file is not null")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object content = rows.get(0);
    if (content instanceof Blob blob) {
      try {
        return Optional.of(blob.getBytes(1, (int) blob.length()));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return Optional.of((byte[]) content);
  }

  /** Replaces the busy times of a volunteer with a fresh reading of their calendar. */
  void replaceBusy(long id, List<Interval> busy) {
    em.createNativeQuery("delete from volunteer_busy where volunteer_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    for (Interval interval : busy) {
      em.createNativeQuery(
              "insert into volunteer_busy (volunteer_id, starts_at, ends_at) values (?1, ?2, ?3)")
          .setParameter(1, id)
          .setParameter(2, utc(interval.start()))
          .setParameter(3, utc(interval.end()))
          .executeUpdate();
    }
  }

  /** Busy times of a volunteer that overlap [from, to). */
  List<Interval> busy(long id, Instant from, Instant to) {
    List<?> rows =
        em.createNativeQuery(
                "select starts_at, ends_at from volunteer_busy"
                    + " where volunteer_id = ?1 and starts_at < ?2 and ends_at > ?3"
                    + " order by starts_at")
            .setParameter(1, id)
            .setParameter(2, utc(to))
            .setParameter(3, utc(from))
            .getResultList();
    List<Interval> busy = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      busy.add(new Interval(NativeValues.instant(columns[0]), NativeValues.instant(columns[1])));
    }
    return busy;
  }

  /** Busy times of several volunteers that overlap [from, to), in one query, by volunteer. */
  Map<Long, List<Interval>> busy(List<Long> ids, Instant from, Instant to) {
    Map<Long, List<Interval>> busy = new HashMap<>();
    if (ids.isEmpty()) {
      return busy;
    }
    List<?> rows =
        em.createNativeQuery(
                "select volunteer_id, starts_at, ends_at from volunteer_busy"
                    + " where volunteer_id in ("
                    + String.join(",", ids.stream().map(String::valueOf).toList())
                    + ") and starts_at < ?1 and ends_at > ?2 order by starts_at")
            .setParameter(1, utc(to))
            .setParameter(2, utc(from))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      busy.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>())
          .add(new Interval(NativeValues.instant(columns[1]), NativeValues.instant(columns[2])));
    }
    return busy;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * Notes when a volunteer was last booked (to share calls out fairly) without counting it as a
   * change to their profile: a bulk update leaves the version alone, so a hold of another of their
   * slots, or their calendar being read again, is not refused as a conflicting edit.
   */
  /**
   * Marks a calendar as being read now if nobody read it since {@code readBefore}; 1 when this
   * caller won it. A bulk update, so that it leaves the volunteer's version alone and never makes a
   * booking of theirs at that moment fail as changed meanwhile.
   */
  int claimRefresh(long id, OffsetDateTime readBefore, OffsetDateTime now) {
    return em.createQuery(
            "update Volunteer v set v.busyReadAt = :now where v.id = :id and v.busyUrl is not null"
                + " and (v.busyReadAt is null or v.busyReadAt < :before)")
        .setParameter("now", now)
        .setParameter("id", id)
        .setParameter("before", readBefore)
        .executeUpdate();
  }

  void markBooked(long id, OffsetDateTime at) {
    em.createQuery("update Volunteer v set v.lastBookedAt = :at where v.id = :id")
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
  }
}
