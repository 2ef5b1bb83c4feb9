package coop.seedbed.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a calendar needs to know about one booked call or other event. The uid stays the same for
 * the life of the event (for example {@code booking-42@seedbed.localhost}) and the sequence starts
 * at 0 and goes up by one with every change, which is how calendar apps recognise an update to an
 * invite they already hold. Names may be blank; e-mail addresses may not. An event may have no call
 * link (a workshop in a room) and no location; one whose end is its start is a moment, such as a
 * deadline.
 *
 * @param callUrl the address to join at, or null
 * @param location where it happens, as people read it, or null
 */
public record CallInvite(
    String uid,
    int sequence,
    Interval when,
    String summary,
    String description,
    String callUrl,
    String organizerName,
    String organizerEmail,
    List<Attendee> attendees,
    Instant stamp,
    String location) {

  /** A call: it happens at its link, so the link is also its location. */
  public CallInvite(
      String uid,
      int sequence,
      Interval when,
      String summary,
      String description,
      String callUrl,
      String organizerName,
      String organizerEmail,
      List<Attendee> attendees,
      Instant stamp) {
    this(
        uid,
        sequence,
        when,
        summary,
        description,
        Objects.requireNonNull(callUrl, "callUrl"),
        organizerName,
        organizerEmail,
        attendees,
        stamp,
        callUrl);
  }

  public CallInvite {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(organizerEmail, "organizerEmail");
    Objects.requireNonNull(stamp, "stamp");
    attendees = List.copyOf(attendees);
    if (uid.isBlank()) {
      throw new IllegalArgumentException("An invite needs a uid");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("The sequence starts at 0, not " + sequence);
    }
  }

  public record Attendee(String name, String email) {
    public Attendee {
      Objects.requireNonNull(email, "email");
    }
  }
}
