package coop.seedbed.booking;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.calendar.CallInvite;
import coop.seedbed.calendar.Interval;
import coop.seedbed.calendar.Invites;
import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything Digital Candle mails, and the one converter from a booking to an iCalendar event. Each
 * side gets times in its own zone and an invite in UTC; the booker's copy of the invite never
 * carries the volunteer's address.
 */
@ApplicationScoped
class BookingMails {

  @Inject Mailer mailer;
  @Inject AccountService accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  void held(Booking b, Volunteer v, String token, Duration hold) {
    mailer.send(
        new Mail(
            b.bookerEmail,
            "candle-held",
            Map.of(
                "name",
                b.bookerName,
                "volunteer",
                v.name,
                "when",
                Times.describe(b.interval(), ZoneId.of(b.bookerZone)),
                "minutes",
                String.valueOf(hold.toMinutes()),
                "link",
                baseUrl + "/candle/bookings/" + token)));
  }

  void confirmed(Booking b, Volunteer v, String bookerToken, String volunteerToken) {
    mailer.send(
        new Mail(
            b.bookerEmail,
            "candle-confirmed",
            Map.of(
                "name", b.bookerName,
                "volunteer", v.name,
                "when", Times.describe(b.interval(), ZoneId.of(b.bookerZone)),
                "callUrl", b.callUrl,
                "link", baseUrl + "/candle/bookings/" + bookerToken),
            List.of(attachment(Invites.request(invite(b, v, false))))));
    mailer.send(
        new Mail(
            volunteerEmail(v),
            "candle-booked",
            Map.of(
                "name", v.name,
                "booker", b.bookerName,
                "bookerEmail", b.bookerEmail,
                "about", b.about,
                "topic", b.topic == null ? "anything" : Topics.label(b.topic),
                "when", Times.describe(b.interval(), ZoneId.of(v.timeZone)),
                "callUrl", b.callUrl,
                "link", baseUrl + "/candle/bookings/" + volunteerToken),
            List.of(attachment(Invites.request(invite(b, v, true))))));
  }

  void cancelled(Booking b, Volunteer v, String by) {
    String who = by.equals("booker") ? b.bookerName : v.name;
    cancelledToBooker(b, v, by.equals("booker") ? "You" : who);
    cancelledToVolunteer(b, v, by.equals("volunteer") ? "You" : who);
  }

  /**
   * Tells the booker, whose calendar the attached CANCEL clears; {@code who} is the sentence's
   * subject.
   */
  void cancelledToBooker(Booking b, Volunteer v, String who) {
    cancelledTo(booker(b), b, v, who);
  }

  /** Tells the volunteer, whose calendar the attached CANCEL clears. */
  void cancelledToVolunteer(Booking b, Volunteer v, String who) {
    cancelledTo(volunteer(v), b, v, who);
  }

  private void cancelledTo(Party to, Booking b, Volunteer v, String who) {
    mailer.send(
        new Mail(
            to.email(),
            "candle-cancelled",
            Map.of(
                "name",
                to.name(),
                "who",
                who,
                "when",
                Times.describe(b.interval(), to.zone()),
                "again",
                baseUrl + (to.isVolunteer() ? "/candle/volunteer" : "/candle")),
            List.of(attachment(cancellation(b, v, to.isVolunteer())))));
  }

  void moved(Booking b, Volunteer v, Interval old, String bookerToken) {
    movedTo(booker(b), b, v, old, "/candle/bookings/" + bookerToken);
    movedTo(volunteer(v), b, v, old, "/candle/volunteer");
  }

  private void movedTo(Party to, Booking b, Volunteer v, Interval old, String page) {
    mailer.send(
        new Mail(
            to.email(),
            "candle-moved",
            Map.of(
                "name",
                to.name(),
                "was",
                Times.describe(old, to.zone()),
                "when",
                Times.describe(b.interval(), to.zone()),
                "callUrl",
                b.callUrl,
                "link",
                baseUrl + page),
            List.of(attachment(Invites.request(invite(b, v, to.isVolunteer()))))));
  }

  void reminder(Booking b, Volunteer v) {
    reminderTo(booker(b), v.name, b);
    reminderTo(volunteer(v), b.bookerName, b);
  }

  private void reminderTo(Party to, String other, Booking b) {
    mailer.send(
        new Mail(
            to.email(),
            "candle-reminder",
            Map.of(
                "name",
                to.name(),
                "other",
                other,
                "when",
                Times.describe(b.interval(), to.zone()),
                "callUrl",
                b.callUrl)));
  }

  void referred(Booking b, Volunteer v, String referral, String title) {
    mailer.send(
        new Mail(
            b.bookerEmail,
            "candle-next-step",
            Map.of(
                "name",
                b.bookerName,
                "volunteer",
                v.name,
                "title",
                title,
                "link",
                baseUrl + referral)));
  }

  /** The invite as the holder of the link had it: the volunteer's copy or the booker's. */
  String invite(Booking b, Volunteer v, String role) {
    boolean forVolunteer = role.equals("volunteer");
    return b.status == Booking.Status.CANCELLED
        ? cancellation(b, v, forVolunteer)
        : Invites.request(invite(b, v, forVolunteer));
  }

  /**
   * The cancellation carries the booking's sequence, already raised for it; {@link Invites#cancel}
   * raises the sequence of the invite it is given, so it gets the one sent before.
   */
  private String cancellation(Booking b, Volunteer v, boolean forVolunteer) {
    CallInvite last = invite(b, v, forVolunteer);
    return Invites.cancel(
        new CallInvite(
            last.uid(),
            b.sequence - 1,
            last.when(),
            last.summary(),
            last.description(),
            last.callUrl(),
            last.organizerName(),
            last.organizerEmail(),
            last.attendees(),
            last.stamp()));
  }

  static String feed(Volunteer v, List<Booking> calls) {
    List<CallInvite> events = new ArrayList<>();
    for (Booking b : calls) {
      if (b.status == Booking.Status.CONFIRMED) {
        events.add(
            new CallInvite(
                b.uid(),
                b.sequence,
                b.interval(),
                summary(b, v),
                description(b, true),
                b.callUrl,
                "Seedbed",
                "noreply@seedbed.localhost",
                List.of(),
                b.createdAt.toInstant()));
      }
    }
    return Invites.feed("Digital Candle: " + v.name, events);
  }

  private CallInvite invite(Booking b, Volunteer v, boolean forVolunteer) {
    List<CallInvite.Attendee> attendees = new ArrayList<>();
    attendees.add(new CallInvite.Attendee(b.bookerName, b.bookerEmail));
    if (forVolunteer) {
      attendees.add(new CallInvite.Attendee(v.name, volunteerEmail(v)));
    }
    InternetAddress organizer = organizer();
    return new CallInvite(
        b.uid(),
        b.sequence,
        b.interval(),
        summary(b, v),
        description(b, forVolunteer),
        b.callUrl,
        organizer.getPersonal() == null ? "Seedbed" : organizer.getPersonal(),
        organizer.getAddress(),
        attendees,
        Instant.now(clock));
  }

  private static String summary(Booking b, Volunteer v) {
    return "Digital Candle call: " + b.bookerName + " and " + v.name;
  }

  private static String description(Booking b, boolean forVolunteer) {
    String topic = b.topic == null ? "" : "Topic: " + Topics.label(b.topic) + "\n";
    String about =
        forVolunteer
            ? "What " + b.bookerName + " would like to talk about:\n" + b.about + "\n\n"
            : "";
    return topic
        + about
        + "Join the call: "
        + b.callUrl
        + "\nTo cancel or move, use the link in your mail from Seedbed.";
  }

  /** One side of a call as its mails address it: where to, by what name, in which zone. */
  private record Party(String email, String name, ZoneId zone, boolean isVolunteer) {}

  private static Party booker(Booking b) {
    return new Party(b.bookerEmail, b.bookerName, ZoneId.of(b.bookerZone), false);
  }

  private Party volunteer(Volunteer v) {
    return new Party(volunteerEmail(v), v.name, ZoneId.of(v.timeZone), true);
  }

  private InternetAddress organizer() {
    try {
      return new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalStateException("seedbed.mail.from is not an address: " + from, e);
    }
  }

  private String volunteerEmail(Volunteer v) {
    AccountView account = accounts.describe(List.of(v.accountId)).get(v.accountId);
    if (account == null) {
      throw new IllegalStateException("volunteer " + v.id + " has no account");
    }
    return account.email();
  }

  /** The invite, with its METHOD also in the content type, as Outlook and Exchange expect. */
  private static Mail.Attachment attachment(String ics) {
    String method = ics.contains("\nMETHOD:CANCEL") ? "CANCEL" : "REQUEST";
    return new Mail.Attachment(
        method.equals("CANCEL") ? "cancel.ics" : "invite.ics",
        "text/calendar; method=" + method + "; charset=UTF-8",
        ics);
  }
}
