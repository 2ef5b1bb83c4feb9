package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A cohort's session as participants and staff see it, its time also as read in one zone, which it
 * names. The call link is only ever in views for people who may join.
 */
public record SessionView(
    long id,
    String cohort,
    String kind,
    String title,
    String description,
    Instant start,
    Instant end,
    String timeZone,
    String when,
    String callUrl,
    String place,
    int sequence,
    boolean cancelled) {

  static SessionView from(CohortSession s, Cohort c, ZoneId zone) {
    return new SessionView(
        s.id,
        c.slug,
        s.kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        s.title,
        s.description,
        s.startsAt.toInstant(),
        s.endsAt.toInstant(),
        zone.getId(),
        Times.span(s.interval(), zone),
        s.callUrl,
        s.place,
        s.sequence,
        s.cancelled);
  }
}
