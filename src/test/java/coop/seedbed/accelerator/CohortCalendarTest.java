package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.calendar.CallInvite;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A cohort's sessions, interviews and deadlines as iCalendar, read back with iCal4j field by field:
 * what a participant's calendar does with the invite, its update and its cancellation.
 */
class CohortCalendarTest {

  static final CohortCalendar.Organizer SEEDBED =
      CohortCalendar.organizer("Seedbed <noreply@seedbed.localhost>");
  static final CallInvite.Attendee ANA = new CallInvite.Attendee("Ana Lead", "ana@example.org");
  static final Instant STAMP = Instant.parse("2027-02-01T09:00:00Z");

  static Cohort cohort() {
    Cohort c = new Cohort();
    c.id = 7L;
    c.slug = "spring-2027";
    c.name = "Spring 2027";
    c.timeZone = "Europe/London";
    c.startsOn = LocalDate.of(2027, 3, 1);
    c.endsOn = LocalDate.of(2027, 6, 30);
    c.closesLocal = LocalDateTime.of(2027, 1, 31, 23, 59);
    c.closesAt = OffsetDateTime.parse("2027-01-31T23:59:00Z");
    c.createdAt = OffsetDateTime.parse("2026-11-01T10:00:00Z");
    c.version = 2;
    return c;
  }

  /** A workshop at 17:00 London time on 4 March (GMT), on a call and in a room. */
  static CohortSession workshop() {
    CohortSession s = new CohortSession();
    s.id = 51L;
    s.cohortId = 7L;
    s.kind = CohortSession.Kind.WORKSHOP;
    s.title = "Members' agreements";
    s.description = "Bring a draft; we read them together.";
    s.startsAt = OffsetDateTime.parse("2027-03-04T17:00:00Z");
    s.endsAt = OffsetDateTime.parse("2027-03-04T18:30:00Z");
    s.callUrl = "https://call.example.org/agreements";
    s.place = "Unity House, Leeds";
    s.createdAt = OffsetDateTime.parse("2027-02-01T08:00:00Z");
    return s;
  }

  static String mail(CohortSession s) {
    return CohortCalendar.sessionMail(cohort(), s, SEEDBED, ANA, STAMP);
  }

  @Nested
  class ASession {

    private final CohortSession session = workshop();
    private final Calendar created = parse(mail(session));

    @Test
    void isInvitedWithMethodRequest_sequenceZero_andItsTimesInUtc() {
      VEvent event = onlyEvent(created);
      assertThat(value(created, "METHOD")).isEqualTo("REQUEST");
      assertThat(value(event, "UID")).isEqualTo("session-51@seedbed.localhost");
      assertThat(value(event, "SEQUENCE")).isEqualTo("0");
      DateProperty<?> start = event.getRequiredProperty("DTSTART");
      DateProperty<?> end = event.getRequiredProperty("DTEND");
      assertThat(start.getValue()).isEqualTo("20270304T170000Z");
      assertThat(end.getValue()).isEqualTo("20270304T183000Z");
      assertThat(start.isUtc()).isTrue();
      assertThat(instant(start)).isEqualTo(session.startsAt.toInstant());
      assertThat(value(event, "SUMMARY")).isEqualTo("Members' agreements (Spring 2027)");
      assertThat(value(event, "URL")).isEqualTo("https://call.example.org/agreements");
      assertThat(value(event, "LOCATION")).isEqualTo("Unity House, Leeds");
      assertThat(value(event, "DESCRIPTION"))
          .contains("Bring a draft", "Join: https://call.example.org/agreements");
      assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:noreply@seedbed.localhost");
      assertThat(value(event, "ATTENDEE")).isEqualTo("mailto:ana@example.org");
    }

    @Test
    void aChange_keepsTheUid_raisesTheSequence_andCarriesTheNewTime() {
      session.startsAt = OffsetDateTime.parse("2027-03-11T17:00:00Z");
      session.endsAt = OffsetDateTime.parse("2027-03-11T18:30:00Z");
      session.sequence = 1;

      Calendar changed = parse(mail(session));
      VEvent event = onlyEvent(changed);

      assertThat(value(changed, "METHOD")).isEqualTo("REQUEST");
      assertThat(value(event, "UID")).isEqualTo(value(onlyEvent(created), "UID"));
      assertThat(value(event, "SEQUENCE")).isEqualTo("1");
      assertThat(value(event, "DTSTART")).isEqualTo("20270311T170000Z");
    }

    @Test
    void aCancellation_isMethodCancel_withTheSameUidAndTheNextSequence() {
      session.sequence = 1;
      parse(mail(session));
      session.cancelled = true;
      session.sequence = 2;

      Calendar cancelled = parse(mail(session));
      VEvent event = onlyEvent(cancelled);

      assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
      assertThat(value(event, "UID")).isEqualTo("session-51@seedbed.localhost");
      assertThat(value(event, "SEQUENCE")).isEqualTo("2");
      assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void inSummerTime_theSameLocalHourIsAnHourEarlierInUtc() {
      // 17:00 in London on 1 April (BST) is 16:00 UTC; the invite says so, with no zone to resolve.
      session.startsAt = OffsetDateTime.parse("2027-04-01T17:00:00+01:00");
      session.endsAt = OffsetDateTime.parse("2027-04-01T18:00:00+01:00");

      VEvent event = onlyEvent(parse(mail(session)));

      assertThat(value(event, "DTSTART")).isEqualTo("20270401T160000Z");
      assertThat(event.getRequiredProperty("DTSTART").getParameter("TZID")).isEmpty();
    }
  }

  @Nested
  class Feeds {

    @Test
    void thePublicFeed_hasThePlaceButNoCallLink_andLeavesOutCancelledSessions() {
      CohortSession online = workshop();
      online.place = null;
      CohortSession gone = workshop();
      gone.id = 52L;
      gone.cancelled = true;

      String ics = CohortCalendar.publicFeed(cohort(), List.of(workshop(), online, gone), SEEDBED);
      Calendar feed = parse(ics);

      List<VEvent> events = feed.getComponents("VEVENT");
      assertThat(events).hasSize(2);
      assertThat(ics).doesNotContain("call.example.org");
      assertThat(value(events.get(0), "LOCATION")).isEqualTo("Unity House, Leeds");
      assertThat(events.get(1).getProperty("LOCATION")).isEmpty();
      assertThat(events.get(1).getProperty("URL")).isEmpty();
      assertThat(feed.getProperty("METHOD")).isEmpty();
      assertThat(ics).doesNotContain("ana@example.org");
    }

    @Test
    void aParticipantsFeed_hasTheCallLinks_andTheTeamsInterview() {
      Cohort c = cohort();
      c.interviewCallUrl = "https://call.example.org/panel";
      Application a = new Application();
      a.id = 300L;
      a.projectName = "Bread Co-op";
      Interview i = new Interview();
      i.applicationId = 300L;
      i.cohortId = 7L;
      i.startsAt = OffsetDateTime.parse("2027-02-10T10:00:00Z");
      i.endsAt = OffsetDateTime.parse("2027-02-10T10:30:00Z");
      i.sequence = 1;
      i.bookedAt = OffsetDateTime.parse("2027-02-02T12:00:00Z");

      Calendar feed = parse(CohortCalendar.participantFeed(c, List.of(workshop()), a, i, SEEDBED));

      List<VEvent> events = feed.getComponents("VEVENT");
      assertThat(events).extracting(e -> value(e, "UID")).hasSize(2);
      VEvent interview = events.get(0);
      assertThat(value(interview, "UID")).startsWith("interview-300-");
      assertThat(value(interview, "SEQUENCE")).isEqualTo("1");
      assertThat(value(interview, "URL")).isEqualTo("https://call.example.org/panel");
      assertThat(value(events.get(1), "URL")).isEqualTo("https://call.example.org/agreements");
    }

    @Test
    void theDeadlinesFeed_hasOneMomentPerCohort_atItsClosingInstant() {
      Calendar feed =
          parse(CohortCalendar.deadlinesFeed(List.of(cohort()), "https://seedbed.coop", SEEDBED));

      VEvent deadline = onlyEvent(feed);
      assertThat(value(deadline, "UID")).isEqualTo("deadline-cohort-7@seedbed.localhost");
      assertThat(value(deadline, "SEQUENCE")).isEqualTo("2");
      assertThat(value(deadline, "DTSTART")).isEqualTo("20270131T235900Z");
      assertThat(deadline.getProperty("DTEND")).isEmpty();
      assertThat(value(deadline, "URL")).isEqualTo("https://seedbed.coop/accelerator/spring-2027");
      assertThat(value(deadline, "DESCRIPTION")).contains("23:59 (Europe/London)");
    }
  }

  @Nested
  class AnInterview {

    private final Cohort c = cohort();
    private final Application a = new Application();
    private final Interview i = new Interview();

    AnInterview() {
      a.id = 300L;
      a.projectName = "Bread Co-op";
      i.applicationId = 300L;
      i.startsAt = OffsetDateTime.of(2027, 2, 10, 10, 0, 0, 0, ZoneOffset.UTC);
      i.endsAt = i.startsAt.plusMinutes(30);
      i.bookedAt = OffsetDateTime.parse("2027-02-02T12:00:00Z");
    }

    @Test
    void withoutACallLink_saysThePanelWillSendOne_andHasNoUrl() {
      VEvent event =
          onlyEvent(
              parse(CohortCalendar.interviewMail(a, c, i, SEEDBED, List.of(ANA), false, STAMP)));

      assertThat(event.getProperty("URL")).isEmpty();
      assertThat(value(event, "DESCRIPTION")).contains("The panel will send the link");
      assertThat(value(event, "SUMMARY"))
          .isEqualTo("Interview: Bread Co-op and the Spring 2027 panel");
    }

    @Test
    void aMoveKeepsTheUid_andACancellationRaisesTheSequence() {
      String uid =
          value(
              onlyEvent(
                  parse(
                      CohortCalendar.interviewMail(a, c, i, SEEDBED, List.of(ANA), false, STAMP))),
              "UID");
      i.startsAt = i.startsAt.plusHours(1);
      i.endsAt = i.endsAt.plusHours(1);
      i.sequence = 1;
      VEvent moved =
          onlyEvent(
              parse(CohortCalendar.interviewMail(a, c, i, SEEDBED, List.of(ANA), false, STAMP)));
      Calendar cancelled =
          parse(CohortCalendar.interviewMail(a, c, i, SEEDBED, List.of(ANA), true, STAMP));

      assertThat(value(moved, "UID")).isEqualTo(uid);
      assertThat(value(moved, "SEQUENCE")).isEqualTo("1");
      assertThat(value(moved, "DTSTART")).isEqualTo("20270210T110000Z");
      assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
      assertThat(value(onlyEvent(cancelled), "UID")).isEqualTo(uid);
      assertThat(value(onlyEvent(cancelled), "SEQUENCE")).isEqualTo("2");
    }

    @Test
    void aBookingAfterACancellation_isANewEvent() {
      String first = i.uid();
      i.bookedAt = i.bookedAt.plusDays(1);

      assertThat(i.uid()).isNotEqualTo(first);
    }
  }

  static Calendar parse(String ics) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      assertThat(calendar.validate().hasErrors()).as(ics).isFalse();
      return calendar;
    } catch (Exception e) {
      throw new AssertionError("not iCalendar:\n" + ics, e);
    }
  }

  static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  static String value(PropertyContainer container, String name) {
    return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }

  static Instant instant(DateProperty<?> property) {
    Temporal date = property.getDate();
    return Instant.from(date);
  }
}
