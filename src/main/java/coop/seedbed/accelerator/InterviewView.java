package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.ZoneId;

/** A team's booked interview, its time also as read in one zone, which it names. */
public record InterviewView(
    long applicationId, Instant start, Instant end, String timeZone, String when, String callUrl) {

  static InterviewView from(Interview i, Cohort c, ZoneId zone) {
    return new InterviewView(
        i.applicationId,
        i.startsAt.toInstant(),
        i.endsAt.toInstant(),
        zone.getId(),
        Times.span(i.interval(), zone),
        c.interviewCallUrl);
  }
}
