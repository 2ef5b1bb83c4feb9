package coop.seedbed.accelerator;

import coop.seedbed.calendar.CallInvite;
import coop.seedbed.calendar.Interval;
import coop.seedbed.calendar.Invites;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one converter from the accelerator to iCalendar: a cohort's sessions, a team's interview and
 * the application deadlines, as invites that go out by mail and as feeds. A session's call link is
 * written only where the reader is a participant: a public feed carries the place at most.
 */
final class CohortCalendar {

  /** Who sends the invites: Seedbed's own mail address. */
  record Organizer(String name, String email) {}

  private CohortCalendar() {}

  /** The organizer named by Seedbed's sender address ("Seedbed <noreply@...>"). */
  static Organizer organizer(String from) {
    try {
      InternetAddress address = new InternetAddress(from, true);
      return new Organizer(
          address.getPersonal() == null ? "Seedbed" : address.getPersonal(), address.getAddress());
    } catch (AddressException e) {
      throw new IllegalStateException("seedbed.mail.from is not an address: " + from, e);
    }
  }

  /**
   * A session as one participant's calendar should hold it, or as a public feed shows it ({@code
   * withCallLink} false, no attendees).
   */
  static CallInvite session(
      Cohort c,
      CohortSession s,
      Organizer organizer,
      List<CallInvite.Attendee> attendees,
      boolean withCallLink,
      Instant stamp) {
    String callUrl = withCallLink ? s.callUrl : null;
    StringBuilder description = new StringBuilder(s.description);
    if (callUrl != null) {
      description.append("\n\nJoin: ").append(callUrl);
    }
    if (s.place != null) {
      description.append("\n\nWhere: ").append(s.place);
    }
    return new CallInvite(
        s.uid(),
        s.sequence,
        s.interval(),
        s.title + " (" + c.name + ")",
        description.toString().strip(),
        callUrl,
        organizer.name(),
        organizer.email(),
        attendees,
        stamp,
        s.place != null ? s.place : callUrl);
  }

  /**
   * The mail a participant gets about a session as it now stands: the invite or its update, or for
   * a cancelled session the cancellation, whose sequence is the session's own (already raised for
   * it).
   */
  static String sessionMail(
      Cohort c,
      CohortSession s,
      Organizer organizer,
      CallInvite.Attendee participant,
      Instant stamp) {
    CallInvite invite = session(c, s, organizer, List.of(participant), true, stamp);
    return s.cancelled ? Invites.cancel(previous(invite)) : Invites.request(invite);
  }

  static CallInvite interview(
      Application a,
      Cohort c,
      Interview i,
      Organizer organizer,
      List<CallInvite.Attendee> team,
      Instant stamp) {
    String callUrl = c.interviewCallUrl;
    String description =
        "The interview of "
            + a.projectName
            + " with the panel of "
            + c.name
            + "."
            + (callUrl == null
                ? "\n\nThe panel will send the link to the call."
                : "\n\nJoin: " + callUrl);
    return new CallInvite(
        i.uid(),
        i.sequence,
        i.interval(),
        "Interview: " + a.projectName + " and the " + c.name + " panel",
        description,
        callUrl,
        organizer.name(),
        organizer.email(),
        team,
        stamp,
        callUrl);
  }

  /** The interview's invite as it now stands, or its cancellation when {@code cancelled}. */
  static String interviewMail(
      Application a,
      Cohort c,
      Interview i,
      Organizer organizer,
      List<CallInvite.Attendee> team,
      boolean cancelled,
      Instant stamp) {
    CallInvite invite = interview(a, c, i, organizer, team, stamp);
    return cancelled ? Invites.cancel(invite) : Invites.request(invite);
  }

  /**
   * A cohort's closing time as a moment in the deadlines feed; its sequence follows the cohort's
   * version, so moving the deadline updates the event people hold.
   */
  static CallInvite deadline(Cohort c, String baseUrl, Organizer organizer) {
    Instant closes = c.closesAt.toInstant();
    String link = baseUrl + "/accelerator/" + c.slug;
    return new CallInvite(
        "deadline-cohort-" + c.id + "@seedbed.localhost",
        c.version,
        new Interval(closes, closes),
        "Applications close: " + c.name,
        "Applications to "
            + c.name
            + " close "
            + Times.local(c.closesLocal, c.zone())
            + ".\n\nRead the call and apply: "
            + link,
        link,
        organizer.name(),
        organizer.email(),
        List.of(),
        c.createdAt.toInstant(),
        null);
  }

  /** A cohort's sessions for anyone: no call links, cancelled ones left out. */
  static String publicFeed(Cohort c, List<CohortSession> sessions, Organizer organizer) {
    List<CallInvite> events = new ArrayList<>();
    for (CohortSession s : sessions) {
      if (!s.cancelled) {
        events.add(session(c, s, organizer, List.of(), false, s.createdAt.toInstant()));
      }
    }
    return Invites.feed(c.name + ": sessions", events);
  }

  /** One participant's own feed: the sessions with their call links, and the team's interview. */
  static String participantFeed(
      Cohort c,
      List<CohortSession> sessions,
      Application a,
      Interview interview,
      Organizer organizer) {
    List<CallInvite> events = new ArrayList<>();
    if (interview != null) {
      events.add(interview(a, c, interview, organizer, List.of(), interview.bookedAt.toInstant()));
    }
    for (CohortSession s : sessions) {
      if (!s.cancelled) {
        events.add(session(c, s, organizer, List.of(), true, s.createdAt.toInstant()));
      }
    }
    return Invites.feed(c.name + ": " + a.projectName, events);
  }

  static String deadlinesFeed(List<Cohort> cohorts, String baseUrl, Organizer organizer) {
    return Invites.feed(
        "Seedbed accelerator: deadlines",
        cohorts.stream().map(c -> deadline(c, baseUrl, organizer)).toList());
  }

  /**
   * {@link Invites#cancel} raises the sequence of the invite it is given; a cancelled session
   * already carries the raised one, so it is given the invite as last sent.
   */
  private static CallInvite previous(CallInvite invite) {
    return new CallInvite(
        invite.uid(),
        invite.sequence() - 1,
        invite.when(),
        invite.summary(),
        invite.description(),
        invite.callUrl(),
        invite.organizerName(),
        invite.organizerEmail(),
        invite.attendees(),
        invite.stamp(),
        invite.location());
  }
}
