package coop.seedbed.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A booked call or an accelerator session as iCalendar (RFC 5545): the invitation and its updates
 * and cancellation that go out by mail (iTIP, RFC 5546), and the feeds people subscribe to. Times
 * are written in UTC, so there is no VTIMEZONE and no calendar app can place a call an hour off.
 * iCal4j builds the objects and escapes the values; the lines are folded here, because iCal4j folds
 * at 75 characters rather than 75 octets, which lets a line of accented text run past the limit.
 */
public final class Invites {

  private static final String PRODUCT_ID = "-//Seedbed//Digital Candle//EN";

  private static final int MAX_LINE_OCTETS = 75;
  private static final String CRLF = "\r\n";
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
  private static final Pattern CONTROL_BUT_LF_OR_TAB = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");
  private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}+");

  private Invites() {}

  /** An invitation, or an update of one: METHOD:REQUEST with the invite's own sequence. */
  public static String request(CallInvite invite) {
    Calendar calendar = calendar(ImmutableMethod.REQUEST);
    VEvent event = event(invite, invite.sequence());
    event.add(organizer(invite));
    for (CallInvite.Attendee attendee : invite.attendees()) {
      event.add(attendee(attendee, true));
    }
    event.add(ImmutableStatus.VEVENT_CONFIRMED);
    calendar.add(event);
    return write(calendar);
  }

  /**
   * The cancellation of the event an earlier {@link #request} described: METHOD:CANCEL, the same
   * uid and a sequence one higher than the invite's, so that apps apply it over the last update.
   * Pass the invite as it was last sent.
   */
  public static String cancel(CallInvite invite) {
    Calendar calendar = calendar(ImmutableMethod.CANCEL);
    VEvent event = event(invite, invite.sequence() + 1);
    event.add(organizer(invite));
    for (CallInvite.Attendee attendee : invite.attendees()) {
      event.add(attendee(attendee, false));
    }
    event.add(ImmutableStatus.VEVENT_CANCELLED);
    calendar.add(event);
    return write(calendar);
  }

  /**
   * A subscription feed of calls, named {@code name} in calendar apps. It has no METHOD, as it is
   * published rather than sent, and leaves out organizer and attendees: nobody replies to a feed,
   * and a feed address that leaks should not give away people's e-mail addresses.
   */
  public static String feed(String name, List<CallInvite> events) {
    Calendar calendar = calendar(null);
    calendar.add(new XProperty("X-WR-CALNAME", singleLine(name)));
    // Without a hint some apps poll a subscription only once a day or less; new bookings should
    // show up within the hour.
    calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
    for (CallInvite invite : events) {
      VEvent event = event(invite, invite.sequence());
      event.add(ImmutableStatus.VEVENT_CONFIRMED);
      calendar.add(event);
    }
    return write(calendar);
  }

  private static Calendar calendar(Method method) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    if (method != null) {
      calendar.add(method);
    }
    return calendar;
  }

  private static VEvent event(CallInvite invite, int sequence) {
    // false: no DTSTAMP of "now" added by iCal4j; the invite brings its own.
    VEvent event = new VEvent(false);
    event.add(new Uid(invite.uid()));
    event.add(new Sequence(sequence));
    event.add(new DtStamp(invite.stamp()));
    // Instants are written in the UTC form (20260330T090000Z), with no TZID to resolve.
    event.add(new DtStart<>(invite.when().start()));
    // A moment (a deadline) has no DTEND: RFC 5545 wants DTEND later than DTSTART, and an event
    // with a date-time start and neither DTEND nor DURATION ends where it starts.
    if (invite.when().end().isAfter(invite.when().start())) {
      event.add(new DtEnd<>(invite.when().end()));
    }
    event.add(new Summary(text(invite.summary())));
    event.add(new Description(text(invite.description())));
    if (invite.callUrl() != null) {
      event.add(new Url(URI.create(invite.callUrl())));
    }
    if (invite.location() != null) {
      event.add(new Location(text(invite.location())));
    }
    return event;
  }

  /** An attendee; one who is invited is asked to reply, one whose call is cancelled is not. */
  private static Attendee attendee(CallInvite.Attendee person, boolean invited) {
    Attendee attendee = new Attendee(mailto(person.email()));
    addName(attendee, person.name());
    attendee.add(Role.REQ_PARTICIPANT);
    if (invited) {
      attendee.add(PartStat.NEEDS_ACTION);
      attendee.add(Rsvp.TRUE);
    }
    return attendee;
  }

  private static Organizer organizer(CallInvite invite) {
    Organizer organizer = new Organizer(mailto(invite.organizerEmail()));
    addName(organizer, invite.organizerName());
    return organizer;
  }

  // iCal4j quotes a CN holding commas or semicolons, and writes quotes and line breaks the RFC 6868
  // way (^' and ^n), which it also reads back.
  private static void addName(Property property, String name) {
    if (name != null && !name.isBlank()) {
      property.add(new Cn(singleLine(name)));
    }
  }

  private static URI mailto(String email) {
    try {
      // The three-argument constructor quotes what a URI may not hold, such as spaces.
      return new URI("mailto", email.strip(), null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not an e-mail address: " + email, e);
    }
  }

  // iCal4j escapes LF in text but passes a bare CR through, which would end the content line;
  // browsers send CRLF from a textarea. Other control characters are not allowed in TEXT.
  private static String text(String value) {
    String lines = LINE_BREAK.matcher(value).replaceAll("\n");
    return CONTROL_BUT_LF_OR_TAB.matcher(lines).replaceAll("");
  }

  private static String singleLine(String value) {
    return CONTROLS.matcher(value).replaceAll(" ").strip();
  }

  private static String write(Calendar calendar) {
    return fold(calendar.toString());
  }

  /**
   * Folds each content line so that no line is longer than 75 octets of UTF-8 before its CRLF, the
   * continuation starting with a space (RFC 5545, 3.1), never splitting a character.
   */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 24);
    for (String line : unfolded.split(CRLF)) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > MAX_LINE_OCTETS) {
          folded.append(CRLF).append(' ');
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      folded.append(CRLF);
    }
    return folded.toString();
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }
}
