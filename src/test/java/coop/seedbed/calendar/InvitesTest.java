package coop.seedbed.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Organizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvitesTest {

  private static final String DESCRIPTION =
      "Ana asks: register as a co-op, a CIC; or a charity?\r\n"
          + "Bring your rules;\rwe'll read them together.\n\n"
          + "Seedbed \\ Digital Candle";

  private static final CallInvite INVITE =
      new CallInvite(
          "booking-42@seedbed.localhost",
          2,
          new Interval(
              Instant.parse("2026-03-30T09:00:00Z"), Instant.parse("2026-03-30T10:00:00Z")),
          "Digital Candle call: Ana and Ben",
          DESCRIPTION,
          "https://seedbed.localhost/candle/calls/42?join=1,2;3",
          "Seedbed, Digital Candle",
          "candle@seedbed.localhost",
          List.of(
              new CallInvite.Attendee("Smith, Ana \"Nan\"", "ana@example.org"),
              new CallInvite.Attendee("Ben O'Brien; Jr.", "ben@example.org")),
          Instant.parse("2026-03-20T12:00:00Z"));

  @Nested
  class Request {

    private final String ics = Invites.request(INVITE);
    private final Calendar calendar = parse(ics);
    private final VEvent event = onlyEvent(calendar);

    @Test
    void isAVersion2RequestFromSeedbed() {
      assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
      assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
      assertThat(value(calendar, "PRODID")).isEqualTo("-//Seedbed//Digital Candle//EN");
    }

    @Test
    void carriesTheUidSequenceStampAndConfirmedStatus() {
      assertThat(value(event, "UID")).isEqualTo("booking-42@seedbed.localhost");
      assertThat(value(event, "SEQUENCE")).isEqualTo("2");
      assertThat(value(event, "DTSTAMP")).isEqualTo("20260320T120000Z");
      assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
      assertThat(value(event, "SUMMARY")).isEqualTo("Digital Candle call: Ana and Ben");
    }

    @Test
    void startAndEnd_areTheSameInstantsWrittenInUtc_withNoTimeZoneToResolve() {
      DateProperty<?> start = event.getRequiredProperty("DTSTART");
      DateProperty<?> end = event.getRequiredProperty("DTEND");

      assertThat(start.getValue()).isEqualTo("20260330T090000Z");
      assertThat(end.getValue()).isEqualTo("20260330T100000Z");
      assertThat(start.isUtc()).isTrue();
      assertThat(end.isUtc()).isTrue();
      assertThat(instant(start)).isEqualTo(INVITE.when().start());
      assertThat(instant(end)).isEqualTo(INVITE.when().end());
      assertThat(start.getParameter("TZID")).isEmpty();
      assertThat(calendar.getComponents("VTIMEZONE")).isEmpty();
    }

    @Test
    void organizerAndAttendees_areMailtoAddressesWithTheirNames() {
      Organizer organizer = event.getRequiredProperty("ORGANIZER");
      assertThat(organizer.getCalAddress())
          .isEqualTo(URI.create("mailto:candle@seedbed.localhost"));
      assertThat(parameter(organizer, "CN")).isEqualTo("Seedbed, Digital Candle");

      List<Attendee> attendees = event.getProperties("ATTENDEE");
      assertThat(attendees)
          .extracting(Attendee::getCalAddress)
          .containsExactly(
              URI.create("mailto:ana@example.org"), URI.create("mailto:ben@example.org"));
      assertThat(attendees)
          .extracting(attendee -> parameter(attendee, "CN"))
          .containsExactly("Smith, Ana \"Nan\"", "Ben O'Brien; Jr.");
      for (Attendee attendee : attendees) {
        assertThat(parameter(attendee, "ROLE")).isEqualTo("REQ-PARTICIPANT");
        assertThat(parameter(attendee, "PARTSTAT")).isEqualTo("NEEDS-ACTION");
        assertThat(parameter(attendee, "RSVP")).isEqualTo("TRUE");
      }
    }

    @Test
    void namesWithCommasAndQuotes_areQuotedInTheWrittenText() {
      assertThat(unfold(ics))
          .contains("ORGANIZER;CN=\"Seedbed, Digital Candle\":mailto:candle@seedbed.localhost")
          .contains("ATTENDEE;CN=\"Smith, Ana ^'Nan^'\";")
          .contains("ATTENDEE;CN=\"Ben O'Brien; Jr.\";");
    }

    @Test
    void theDescription_comesBackWithItsCommasSemicolonsAndLineBreaks_crOrCrlfAsLf() {
      assertThat(value(event, "DESCRIPTION"))
          .isEqualTo(DESCRIPTION.replace("\r\n", "\n").replace('\r', '\n'));
      assertThat(unfold(ics)).contains("a co-op\\, a CIC\\; or a charity?\\nBring");
    }

    @Test
    void theCallLink_isBothUrlAndLocation() {
      assertThat(value(event, "URL")).isEqualTo(INVITE.callUrl());
      assertThat(value(event, "LOCATION")).isEqualTo(INVITE.callUrl());
    }

    @Test
    void everyLineEndsInCrlf_andIsAtMost75Octets_evenForAccentsAndEmoji() {
      CallInvite wordy =
          withDescription("Très bien, à bientôt — ça ira 🌱🌱🌱 ".repeat(12) + "\nFin.");

      String text = Invites.request(wordy);

      assertLinesAreFolded(text);
      assertThat(value(onlyEvent(parse(text)), "DESCRIPTION")).isEqualTo(wordy.description());
    }

    @Test
    void isValidITip() throws Exception {
      assertThat(calendar.validate().hasErrors()).isFalse();
      assertLinesAreFolded(ics);
    }
  }

  @Nested
  class Cancel {

    private final Calendar calendar = parse(Invites.cancel(INVITE));
    private final VEvent event = onlyEvent(calendar);

    @Test
    void keepsTheUid_raisesTheSequence_andCancels() {
      assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
      assertThat(value(event, "UID")).isEqualTo(INVITE.uid());
      assertThat(Integer.parseInt(value(event, "SEQUENCE"))).isEqualTo(INVITE.sequence() + 1);
      assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void tellsEveryAttendee_aboutTheSameTime() throws Exception {
      List<Attendee> attendees = event.getProperties("ATTENDEE");
      assertThat(attendees)
          .extracting(Attendee::getCalAddress)
          .containsExactly(
              URI.create("mailto:ana@example.org"), URI.create("mailto:ben@example.org"));
      assertThat(instant(event.getRequiredProperty("DTSTART"))).isEqualTo(INVITE.when().start());
      assertThat(calendar.validate().hasErrors()).isFalse();
    }
  }

  @Nested
  class Feed {

    private final CallInvite later =
        new CallInvite(
            "booking-43@seedbed.localhost",
            0,
            new Interval(
                Instant.parse("2026-04-06T09:00:00Z"), Instant.parse("2026-04-06T10:00:00Z")),
            "Digital Candle call: Ana and Cleo",
            "Cleo asks about share capital.",
            "https://seedbed.localhost/candle/calls/43",
            "Seedbed",
            "candle@seedbed.localhost",
            List.of(new CallInvite.Attendee("Cleo", "cleo@example.org")),
            Instant.parse("2026-03-21T08:00:00Z"));

    private final String ics = Invites.feed("Digital Candle, Ana's calls", List.of(INVITE, later));
    private final Calendar calendar = parse(ics);

    @Test
    void holdsEveryCall_withItsOwnUidAndTimes() {
      List<VEvent> events = calendar.getComponents("VEVENT");

      assertThat(events)
          .extracting(event -> value(event, "UID"))
          .containsExactly("booking-42@seedbed.localhost", "booking-43@seedbed.localhost");
      assertThat(events)
          .extracting(event -> instant(event.getRequiredProperty("DTSTART")))
          .containsExactly(INVITE.when().start(), later.when().start());
      assertThat(events).extracting(event -> value(event, "SEQUENCE")).containsExactly("2", "0");
    }

    @Test
    void isNamedForCalendarApps_andIsPublishedRatherThanSent() throws Exception {
      assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Digital Candle, Ana's calls");
      assertThat(calendar.getProperty("METHOD")).isEmpty();
      assertThat(calendar.validate().hasErrors()).isFalse();
      assertLinesAreFolded(ics);
    }

    @Test
    void doesNotGiveAwayAttendeesAddresses() {
      assertThat(ics).doesNotContain("ana@example.org").doesNotContain("cleo@example.org");
    }
  }

  @Nested
  class WithoutACallLink {

    @Test
    void aSessionInARoom_hasItsPlaceAsLocation_andNoUrl() throws Exception {
      CallInvite workshop =
          new CallInvite(
              "session-7@seedbed.localhost",
              0,
              INVITE.when(),
              "Workshop: members' agreements",
              "Bring a draft.",
              null,
              "Seedbed",
              "noreply@seedbed.localhost",
              List.of(new CallInvite.Attendee("Ana", "ana@example.org")),
              INVITE.stamp(),
              "Unity House, 12 Co-op Street, Leeds");

      Calendar calendar = parse(Invites.request(workshop));
      VEvent event = onlyEvent(calendar);

      assertThat(value(event, "LOCATION")).isEqualTo("Unity House, 12 Co-op Street, Leeds");
      assertThat(event.getProperty("URL")).isEmpty();
      assertThat(calendar.validate().hasErrors()).isFalse();
    }

    @Test
    void aMoment_suchAsADeadline_hasNoEnd_andNoLocation() throws Exception {
      Instant closes = Instant.parse("2027-01-31T23:59:00Z");
      CallInvite deadline =
          new CallInvite(
              "deadline-3@seedbed.localhost",
              1,
              new Interval(closes, closes),
              "Applications close: Spring 2027",
              "Apply before then.",
              "https://seedbed.localhost/accelerator/spring-2027",
              "Seedbed",
              "noreply@seedbed.localhost",
              List.of(),
              INVITE.stamp(),
              null);

      Calendar calendar = parse(Invites.feed("Accelerator deadlines", List.of(deadline)));
      VEvent event = onlyEvent(calendar);

      assertThat(value(event, "DTSTART")).isEqualTo("20270131T235900Z");
      assertThat(event.getProperty("DTEND")).isEmpty();
      assertThat(event.getProperty("LOCATION")).isEmpty();
      assertThat(value(event, "URL")).isEqualTo(deadline.callUrl());
      assertThat(calendar.validate().hasErrors()).isFalse();
    }
  }

  private static CallInvite withDescription(String description) {
    return new CallInvite(
        INVITE.uid(),
        INVITE.sequence(),
        INVITE.when(),
        INVITE.summary(),
        description,
        INVITE.callUrl(),
        INVITE.organizerName(),
        INVITE.organizerEmail(),
        INVITE.attendees(),
        INVITE.stamp());
  }

  private static void assertLinesAreFolded(String text) {
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(UTF_8).length).as("octets in: %s", line).isLessThanOrEqualTo(75);
    }
  }

  private static String unfold(String text) {
    return text.replace("\r\n ", "");
  }

  private static Calendar parse(String text) {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("Not iCalendar: " + text, e);
    }
  }

  private static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(PropertyContainer container, String name) {
    return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }

  private static String parameter(Property property, String name) {
    return property.getParameter(name).map(p -> p.getValue()).orElse(null);
  }

  private static Instant instant(DateProperty<?> property) {
    Temporal date = property.getDate();
    return Instant.from(date);
  }
}
