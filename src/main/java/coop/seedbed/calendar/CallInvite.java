package coop.seedbed.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a calendar needs to know about one booked call. The uid stays the same for the life of the
 * booking (for example {@code booking-42@seedbed.localhost}) and the sequence starts at 0 and goes
 * up by one with every change, which is how calendar apps recognise an update to an invite they
 * already hold. Names may be blank; e-mail addresses may not.
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
    Instant stamp) {

  public CallInvite {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(callUrl, "callUrl");
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
