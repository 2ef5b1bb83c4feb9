package coop.seedbed.accelerator;

import java.time.Instant;

/** Whether an application is shortlisted for interview, and its interview if one is booked. */
public record ShortlistView(long id, String reference, boolean shortlisted, Instant interview) {

  static ShortlistView from(Application a, Interview interview) {
    return new ShortlistView(
        a.id,
        a.reference(),
        a.shortlisted,
        interview == null ? null : interview.startsAt.toInstant());
  }
}
