package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A call for applications in a list: enough to decide whether to read it. */
public record CallSummary(
    String slug,
    String name,
    String programme,
    String programmeName,
    LocalDate startsOn,
    LocalDate endsOn,
    int capacity,
    String timeZone,
    LocalDateTime opensLocal,
    LocalDateTime closesLocal,
    Instant opensAt,
    Instant closesAt,
    String status) {

  static CallSummary from(Cohort c, Programme p, Instant now, LocalDate today) {
    return new CallSummary(
        c.slug,
        c.name,
        p.slug,
        p.name,
        c.startsOn,
        c.endsOn,
        c.capacity,
        c.timeZone,
        c.opensLocal,
        c.closesLocal,
        c.opensAt.toInstant(),
        c.closesAt.toInstant(),
        CallView.status(c, now, today));
  }
}
