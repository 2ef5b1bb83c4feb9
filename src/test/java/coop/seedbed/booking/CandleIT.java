package coop.seedbed.booking;

import static coop.seedbed.testing.Calendars.calendarPart;
import static coop.seedbed.testing.Calendars.event;
import static coop.seedbed.testing.Calendars.parse;
import static coop.seedbed.testing.Calendars.prop;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.browser.Browser;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Digital Candle over HTTP against the real WAR, with real mail at GreenMail: a volunteer sets
 * hours; a person books, confirms from the mail, and both get an invite; cancel, move and the
 * reminder send the right iCalendar; fifty people racing for one slot leave exactly one booking;
 * busy calendars hide slots; bad requests get plain problems. Then the same booking in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class CandleIT {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  /** A volunteer in London, free every day from 06:00 to 22:00, with an hour's notice. */
  record Volunteer(Client client, String email, String slug, String name) {}

  Volunteer volunteer(String name, JsonObject extra) {
    String email = Mailbox.newAddress("volunteer");
    Client client = People.verified(base, email);
    Answer granted = People.staff(base).put("/api/admin/accounts/" + email + "/roles/volunteer");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    var profile =
        Json.createObjectBuilder()
            .add("name", name)
            .add("bio", "Co-founder of a worker co-op making software; happy to talk governance.")
            .add("topics", Json.createArrayBuilder().add("governance").add("tech-platforms"))
            .add("languages", Json.createArrayBuilder().add("en"))
            .add("timeZone", "Europe/London")
            .add("weeklyHours", "Daily 06:00-22:00")
            .add("callMinutes", 60)
            .add("bufferMinutes", 0)
            .add("noticeHours", 1)
            .add("horizonDays", 14)
            .add("maxPerWeek", 40);
    extra.forEach(profile::add);
    Answer saved = client.putJson("/api/candle/me", profile.build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    return new Volunteer(client, email, saved.json().getString("slug"), name);
  }

  Volunteer volunteer(String name) {
    return volunteer(name, JsonObject.EMPTY_JSON_OBJECT);
  }

  JsonArray slots(String volunteer, String zone) {
    Answer answer =
        new Client(base)
            .get(
                "/api/candle/slots?volunteer="
                    + volunteer
                    + "&tz="
                    + zone
                    + "&to="
                    + Instant.now().plus(Duration.ofDays(6)));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.jsonArray();
  }

  /** The start times offered now. */
  List<Instant> offered(String volunteer) {
    return slots(volunteer, "UTC").getValuesAs(JsonObject.class).stream()
        .map(s -> Instant.parse(s.getString("start")))
        .toList();
  }

  /** The first free slot that starts at least {@code after} from now. */
  Instant slotAfter(String volunteer, Duration after) {
    Instant earliest = Instant.now().plus(after);
    return slots(volunteer, "UTC").getValuesAs(JsonObject.class).stream()
        .map(s -> Instant.parse(s.getString("start")))
        .filter(s -> s.isAfter(earliest))
        .findFirst()
        .orElseThrow();
  }

  Answer book(Client client, String volunteer, Instant start, String email, String zone) {
    return client.postJson(
        "/api/candle/bookings",
        Json.createObjectBuilder()
            .add("volunteer", volunteer)
            .add("start", start.toString())
            .add("timeZone", zone)
            .add("name", "Ana Booker")
            .add("email", email)
            .add("about", "We are five developers laid off together; could we run as a co-op?")
            .build());
  }

  /** Sends every request at the same moment, each on a thread of its own; answers in order. */
  static List<Answer> allAtOnce(List<Callable<Answer>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    try {
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> future : pool.invokeAll(requests)) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  static String linkToken(String text) {
    Matcher matcher = Pattern.compile("/candle/bookings/([A-Za-z0-9_-]{16,})").matcher(text);
    assertThat(matcher.find()).as("a booking link in:\n" + text).isTrue();
    return matcher.group(1);
  }

  /** Books and confirms a call; returns the booker's token. */
  String bookAndConfirm(Volunteer v, Instant start, String email) {
    Answer held = book(new Client(base), v.slug(), start, email, "America/New_York");
    assertThat(held.status()).as(held.toString()).isEqualTo(202);
    String token =
        linkToken(Mailbox.text(Mailbox.await(email, "Confirm your Digital Candle call")));
    Answer confirmed = new Client(base).postJson("/api/candle/bookings/" + token + "/confirm", "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    return token;
  }

  @Test
  void book_confirm_andCancel_sendBothSidesTheRightInvites() {
    Volunteer v = volunteer("Priya Volunteer");
    Instant start = slotAfter(v.slug(), Duration.ofHours(14));
    String booker = Mailbox.newAddress("booker");

    Answer held = book(new Client(base), v.slug(), start, booker, "America/New_York");
    assertThat(held.status()).as(held.toString()).isEqualTo(202);
    assertThat(held.json().getString("status")).isEqualTo("held");
    assertThat(held.json().getString("when")).contains("(America/New_York)");
    MimeMessage confirmMail = Mailbox.await(booker, "Confirm your Digital Candle call");
    String token = linkToken(Mailbox.text(confirmMail));
    assertThat(Mailbox.text(confirmMail))
        .contains(Times.TIME.format(start.atZone(ZoneId.of("America/New_York"))));

    // Held: the slot is no longer offered to anyone else.
    assertThat(offered(v.slug())).doesNotContain(start);
    Answer seen = new Client(base).get("/api/candle/bookings/" + token);
    assertThat(seen.json().getString("status")).isEqualTo("held");
    assertThat(seen.json().containsKey("bookerEmail") && !seen.json().isNull("bookerEmail"))
        .as("a booker's view never shows addresses")
        .isFalse();

    Answer confirmed = new Client(base).postJson("/api/candle/bookings/" + token + "/confirm", "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().getString("status")).isEqualTo("confirmed");

    Calendar bookerInvite =
        parse(calendarPart(Mailbox.await(booker, "Booked: your Digital Candle call")));
    MimeMessage volunteerMail = Mailbox.await(v.email(), "New Digital Candle call");
    Calendar volunteerInvite = parse(calendarPart(volunteerMail));
    for (Calendar invite : List.of(bookerInvite, volunteerInvite)) {
      assertThat(prop(invite, "METHOD")).isEqualTo("REQUEST");
      VEvent event = event(invite);
      assertThat(prop(event, "SEQUENCE")).isEqualTo("0");
      assertThat(prop(event, "DTSTART")).isEqualTo(utcStamp(start));
      assertThat(prop(event, "DTEND")).isEqualTo(utcStamp(start.plus(Duration.ofHours(1))));
      assertThat(prop(event, "ORGANIZER")).startsWith("mailto:");
      assertThat(event.getProperties("ATTENDEE").toString()).containsIgnoringCase(booker);
    }
    String uid = prop(event(bookerInvite), "UID");
    assertThat(prop(event(volunteerInvite), "UID")).isEqualTo(uid);
    assertThat(event(bookerInvite).getProperties("ATTENDEE").toString())
        .as("the booker's copy does not carry the volunteer's address")
        .doesNotContainIgnoringCase(v.email());
    assertThat(Mailbox.text(volunteerMail)).contains(booker, "five developers");

    // The volunteer's own link shows them who booked; the booker's shows no addresses.
    String volunteerToken = linkToken(Mailbox.text(volunteerMail));
    JsonObject volunteerView =
        new Client(base).get("/api/candle/bookings/" + volunteerToken).json();
    assertThat(volunteerView.getString("bookerEmail")).isEqualTo(booker);
    assertThat(volunteerView.getString("role")).isEqualTo("volunteer");

    // The invite can be downloaded again, and the volunteer's feed holds the call.
    Answer ics = new Client(base).get("/api/candle/bookings/" + token + ".ics");
    assertThat(ics.contentType()).startsWith("text/calendar");
    assertThat(prop(event(parse(ics.body())), "UID")).isEqualTo(uid);
    String feedUrl = v.client().get("/api/candle/me").json().getString("feedUrl");
    Answer feed = new Client(base).get(feedUrl.substring(feedUrl.indexOf("/calendars/")));
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.body()).contains(uid);
    assertThat(new Client(base).get("/calendars/volunteers/not-the-secret-at-all.ics").status())
        .isEqualTo(404);

    Answer cancelled = new Client(base).delete("/api/candle/bookings/" + token);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("cancelled");
    for (String to : List.of(booker, v.email())) {
      Calendar cancel = parse(calendarPart(Mailbox.await(to, "Cancelled: Digital Candle call")));
      assertThat(prop(cancel, "METHOD")).isEqualTo("CANCEL");
      assertThat(prop(event(cancel), "UID")).isEqualTo(uid);
      assertThat(prop(event(cancel), "SEQUENCE")).isEqualTo("1");
      assertThat(prop(event(cancel), "STATUS")).isEqualTo("CANCELLED");
    }
    // The time is free again.
    assertThat(offered(v.slug())).contains(start);
  }

  @Test
  void deletingAnAccount_cancelsItsCallsToCome_andTellsTheOtherSide() {
    // A booker with an account deletes it: the volunteer's hour is free again, and they are told.
    Volunteer v = volunteer("Tomas Volunteer");
    Instant start = slotAfter(v.slug(), Duration.ofHours(30));
    String booker = Mailbox.newAddress("leaving-booker");
    Client bookerAccount = People.verified(base, booker);
    bookAndConfirm(v, start, booker);
    Answer gone =
        bookerAccount.postJson(
            "/api/me/deletion", Json.createObjectBuilder().add("confirmEmail", booker).build());
    assertThat(gone.status()).as(gone.toString()).isEqualTo(204);
    MimeMessage toVolunteer = Mailbox.await(v.email(), "Cancelled: Digital Candle call");
    assertThat(Mailbox.text(toVolunteer))
        .contains("who has since deleted their Seedbed account")
        .doesNotContain(booker);
    assertThat(prop(parse(calendarPart(toVolunteer)), "METHOD")).isEqualTo("CANCEL");
    assertThat(prop(event(parse(calendarPart(toVolunteer))), "SEQUENCE")).isEqualTo("1");
    assertThat(offered(v.slug())).contains(start);

    // A volunteer deletes theirs: each person with a call to come is told.
    Volunteer leaving = volunteer("Ines Volunteer");
    Instant later = slotAfter(leaving.slug(), Duration.ofHours(30));
    String person = Mailbox.newAddress("left-behind");
    String token = bookAndConfirm(leaving, later, person);
    Answer left =
        leaving
            .client()
            .postJson(
                "/api/me/deletion",
                Json.createObjectBuilder().add("confirmEmail", leaving.email()).build());
    assertThat(left.status()).as(left.toString()).isEqualTo(204);
    MimeMessage toPerson = Mailbox.await(person, "Cancelled: Digital Candle call");
    assertThat(Mailbox.text(toPerson)).contains("Your volunteer, who has since left Seedbed,");
    Calendar cancel = parse(calendarPart(toPerson));
    assertThat(prop(cancel, "METHOD")).isEqualTo("CANCEL");
    assertThat(prop(event(cancel), "STATUS")).isEqualTo("CANCELLED");
    assertThat(new Client(base).get("/api/candle/bookings/" + token).status()).isEqualTo(404);
  }

  @Test
  void moving_updatesTheSameEvent_andFreesTheOldTime() {
    Volunteer v = volunteer("Tomas Volunteer");
    Instant first = slotAfter(v.slug(), Duration.ofHours(14));
    Instant second = slotAfter(v.slug(), Duration.ofHours(30));
    String booker = Mailbox.newAddress("mover");
    String token = bookAndConfirm(v, first, booker);
    String uid =
        prop(
            event(parse(calendarPart(Mailbox.await(booker, "Booked: your Digital Candle call")))),
            "UID");

    Answer moved =
        new Client(base)
            .postJson(
                "/api/candle/bookings/" + token + "/move",
                Json.createObjectBuilder().add("start", second.toString()).build());
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(Instant.parse(moved.json().getString("start"))).isEqualTo(second);

    for (String to : List.of(booker, v.email())) {
      Calendar update = parse(calendarPart(Mailbox.await(to, "Moved: Digital Candle call")));
      assertThat(prop(update, "METHOD")).isEqualTo("REQUEST");
      assertThat(prop(event(update), "UID")).isEqualTo(uid);
      assertThat(prop(event(update), "SEQUENCE")).isEqualTo("1");
      assertThat(prop(event(update), "DTSTART")).isEqualTo(utcStamp(second));
    }
    assertThat(offered(v.slug())).contains(first).doesNotContain(second);

    // The volunteer's link cannot move a call; it can only cancel it.
    String volunteerToken =
        linkToken(Mailbox.text(Mailbox.await(v.email(), "New Digital Candle call")));
    Answer refused =
        new Client(base)
            .postJson(
                "/api/candle/bookings/" + volunteerToken + "/move",
                Json.createObjectBuilder().add("start", first.toString()).build());
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void aCallSoon_getsOneReminder_andCannotBeCancelledByTheBookerSoLate() {
    Volunteer v = volunteer("Rosa Volunteer");
    Instant soon = slotAfter(v.slug(), Duration.ofHours(1));
    String booker = Mailbox.newAddress("soon");
    String token = bookAndConfirm(v, soon, booker);

    Mailbox.await(booker, "Reminder: Digital Candle call");
    Mailbox.await(v.email(), "Reminder: Digital Candle call");
    // That no second reminder follows is shown by moving the clock, in ClockIT.

    Answer late = new Client(base).delete("/api/candle/bookings/" + token);
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.json().getString("detail")).contains("up to 12 hours before");
    assertThat(new Client(base).get("/api/candle/bookings/" + token).json().getString("status"))
        .isEqualTo("confirmed");
  }

  static List<String> subjects(String to) {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : Mailbox.all(to)) {
      try {
        subjects.add(message.getSubject());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return subjects;
  }

  /**
   * Holding one slot must not refuse a hold of another slot of the same volunteer: the time of the
   * last booking, kept on the volunteer for fairness, once counted as a change to the volunteer and
   * failed the other hold with "someone else has just booked that time".
   */
  @Test
  void differentSlotsOfOneVolunteer_heldAtOnce_allHold() throws Exception {
    Volunteer v = volunteer("Sunniva Volunteer");
    List<Instant> apart = new ArrayList<>();
    for (Instant start : offered(v.slug())) {
      if (start.isAfter(Instant.now().plus(Duration.ofHours(2)))
          && (apart.isEmpty()
              || !start.isBefore(apart.get(apart.size() - 1).plus(Duration.ofHours(1))))) {
        apart.add(start);
      }
    }
    List<Instant> starts = apart.subList(0, 12);
    List<Callable<Answer>> bookers = new ArrayList<>();
    for (Instant start : starts) {
      String email = Mailbox.newAddress("apart");
      bookers.add(() -> book(new Client(base), v.slug(), start, email, "Europe/Lisbon"));
    }
    List<Answer> answers = allAtOnce(bookers);
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(202));
  }

  /** A volunteer who takes two calls a week gets two, however many people book at once. */
  @Test
  void aWeeklyMaximum_holdsWhenManyBookAtOnce() throws Exception {
    Volunteer v =
        volunteer("Tove Volunteer", Json.createObjectBuilder().add("maxPerWeek", 2).build());
    // A Wednesday morning in the volunteer's zone, so that ten hours on are still that week.
    Instant first =
        offered(v.slug()).stream()
            .filter(
                s -> {
                  var local = s.atZone(ZoneId.of("Europe/London"));
                  return local.getDayOfWeek() == DayOfWeek.WEDNESDAY && local.getHour() >= 8;
                })
            .findFirst()
            .orElseThrow();
    List<Instant> sameWeek =
        offered(v.slug()).stream()
            .filter(s -> !s.isBefore(first) && s.isBefore(first.plus(Duration.ofHours(10))))
            .filter(s -> Duration.between(first, s).toMinutes() % 60 == 0)
            .limit(8)
            .toList();
    assertThat(sameWeek).hasSizeGreaterThan(3);
    List<Callable<Answer>> bookers = new ArrayList<>();
    for (Instant start : sameWeek) {
      String email = Mailbox.newAddress("weekly");
      bookers.add(() -> book(new Client(base), v.slug(), start, email, "Europe/Oslo"));
    }
    List<Answer> answers = allAtOnce(bookers);
    assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(2);
    assertThat(answers)
        .filteredOn(a -> a.status() != 202)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(409));
  }

  @Test
  void onePersonBookingSeveralVolunteersAtOnce_getsNoMoreThanTheirLimit() throws Exception {
    // Holds of different volunteers take different volunteer rows, so nothing but a lock on the
    // booker serialises them: without one, each counted the others' holds as not yet there.
    String email = Mailbox.newAddress("greedy");
    List<Callable<Answer>> holds = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Volunteer v = volunteer("Greedy Test Volunteer " + (char) ('A' + i));
      Instant start = slotAfter(v.slug(), Duration.ofHours(30));
      holds.add(() -> book(new Client(base), v.slug(), start, email, "Europe/Madrid"));
    }
    List<Answer> answers = allAtOnce(holds);
    assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(2);
    assertThat(answers)
        .filteredOn(a -> a.status() != 202)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.toString()).isEqualTo(422);
              assertThat(a.json().getString("detail")).contains("You already have 2 calls");
            });
  }

  @Test
  void fiftyPeopleRacingForOneSlot_leaveExactlyOneBooking() throws Exception {
    Volunteer v = volunteer("Kwame Volunteer");
    Instant start = slotAfter(v.slug(), Duration.ofHours(2));
    List<Callable<Answer>> racers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String email = Mailbox.newAddress("racer" + i);
      racers.add(() -> book(new Client(base), v.slug(), start, email, "Asia/Kolkata"));
    }
    List<Answer> answers = allAtOnce(racers);
    assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(1);
    List<Answer> lost = answers.stream().filter(a -> a.status() != 202).toList();
    assertThat(lost)
        .hasSize(49)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(409));
    assertThat(lost.get(0).json().getString("detail"))
        .contains("Someone else has just booked that time", "next free times");
    assertThat(offered(v.slug())).doesNotContain(start);
  }

  @Test
  void aBusyCalendar_hidesTheSlotsItCovers_andAnUnreadableOneIsExplained() {
    Volunteer v = volunteer("Lena Volunteer");
    Instant start = slotAfter(v.slug(), Duration.ofHours(20));
    String ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Busy//EN\r\nBEGIN:VEVENT\r\n"
            + "UID:dentist@example\r\nDTSTAMP:20260101T000000Z\r\n"
            + "DTSTART:"
            + utcStamp(start.plus(Duration.ofMinutes(15)))
            + "\r\n"
            + "DTEND:"
            + utcStamp(start.plus(Duration.ofMinutes(45)))
            + "\r\n"
            + "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    Answer uploaded =
        v.client()
            .send(
                v.client()
                    .request("/api/candle/me/busy-calendar")
                    .header("Content-Type", "text/calendar")
                    .PUT(HttpRequest.BodyPublishers.ofString(ics)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    assertThat(uploaded.json().getString("busyNotes")).startsWith("1 busy times");
    assertThat(offered(v.slug())).doesNotContain(start);

    Answer junk =
        v.client()
            .send(
                v.client()
                    .request("/api/candle/me/busy-calendar")
                    .header("Content-Type", "text/calendar")
                    .PUT(HttpRequest.BodyPublishers.ofString("this is not a calendar at all")));
    assertThat(junk.status()).as(junk.toString()).isEqualTo(200);
    assertThat(junk.json().getString("busyProblem")).isNotBlank();
    // The last good reading still holds: an unreadable file never opens up busy hours.
    assertThat(offered(v.slug())).doesNotContain(start);

    // A calendar by address: one that is not there is explained; one that is gets read.
    String root = base.toString().replaceAll("/+$", "");
    Answer missing =
        v.client()
            .putJson(
                "/api/candle/me/busy-calendar-url",
                Json.createObjectBuilder()
                    .add("url", root + "/static/no-such-calendar.ics")
                    .build());
    assertThat(missing.status()).as(missing.toString()).isEqualTo(200);
    assertThat(missing.json().getString("busyProblem")).contains("could not fetch", "404");
    Answer feed =
        v.client()
            .putJson(
                "/api/candle/me/busy-calendar-url",
                Json.createObjectBuilder()
                    .add(
                        "url",
                        missing.json().getString("feedUrl").replaceFirst("^https?://[^/]+", root))
                    .build());
    assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
    assertThat(!feed.json().containsKey("busyProblem") || feed.json().isNull("busyProblem"))
        .as(feed.toString())
        .isTrue();
    assertThat(feed.json().getString("busyNotes")).contains("busy times read");
    Answer wrong =
        v.client()
            .putJson(
                "/api/candle/me/busy-calendar-url",
                Json.createObjectBuilder().add("url", "ftp://example.org/cal.ics").build());
    assertThat(wrong.status()).isEqualTo(422);
  }

  @Test
  void badRequests_getPlainProblems_andStoreNothing() {
    Volunteer v = volunteer("Omar Volunteer");
    Instant start = slotAfter(v.slug(), Duration.ofHours(3));
    Client someone = new Client(base);

    // 03:00 in London is outside the volunteer's hours.
    ZonedDateTime night = start.atZone(LONDON).plusDays(1).withHour(3).withMinute(0);
    Answer outside = book(someone, v.slug(), night.toInstant(), Mailbox.newAddress("night"), "UTC");
    assertThat(outside.status()).isEqualTo(422);
    assertThat(outside.contentType()).startsWith("application/problem+json");
    assertThat(outside.json().getString("detail")).contains("outside the volunteer's hours");

    Answer zone = book(someone, v.slug(), start, Mailbox.newAddress("zone"), "Mars/Olympus_Mons");
    assertThat(zone.status()).isEqualTo(422);
    assertThat(zone.json().getString("detail")).contains("not a time zone");

    Answer nobody = book(someone, "v-nobody", start, Mailbox.newAddress("nobody"), "UTC");
    assertThat(nobody.status()).isEqualTo(404);

    String bot = Mailbox.newAddress("bot");
    Answer honeypot =
        someone.postJson(
            "/api/candle/bookings",
            Json.createObjectBuilder()
                .add("volunteer", v.slug())
                .add("start", start.toString())
                .add("timeZone", "UTC")
                .add("name", "Bot")
                .add("email", bot)
                .add("about", "buy now")
                .add("website", "http://spam.example")
                .build());
    assertThat(honeypot.status()).isEqualTo(422);
    assertThat(offered(v.slug())).contains(start);

    Answer missing =
        someone.postJson("/api/candle/bookings", "{\"volunteer\":\"" + v.slug() + "\"}");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().getJsonArray("errors").toString()).contains("email", "start");

    Answer badRange = someone.get("/api/candle/slots?volunteer=" + v.slug() + "&from=yesterday");
    assertThat(badRange.status()).isEqualTo(422);

    assertThat(someone.get("/api/candle/bookings/AAAAAAAAAAAAAAAAAAAAAAAA").status())
        .isEqualTo(404);
    assertThat(someone.get("/api/candle/bookings/%22%3Cscript%3E").status()).isEqualTo(404);

    // One address holds at most two upcoming calls.
    String keen = Mailbox.newAddress("keen");
    List<Instant> times =
        slots(v.slug(), "UTC").getValuesAs(JsonObject.class).stream()
            .map(s -> Instant.parse(s.getString("start")))
            .limit(3)
            .toList();
    assertThat(book(new Client(base), v.slug(), times.get(0), keen, "UTC").status()).isEqualTo(202);
    assertThat(book(new Client(base), v.slug(), times.get(1), keen, "UTC").status()).isEqualTo(202);
    Answer third = book(new Client(base), v.slug(), times.get(2), keen, "UTC");
    assertThat(third.status()).isEqualTo(422);
    assertThat(third.json().getString("detail")).contains("already have 2 calls");
    assertThat(offered(v.slug())).contains(times.get(2));

    // Volunteers' profiles are checked field by field.
    Answer badProfile =
        v.client()
            .putJson(
                "/api/candle/me",
                Json.createObjectBuilder()
                    .add("name", "Omar")
                    .add("bio", "x")
                    .add("topics", Json.createArrayBuilder().add("astrology"))
                    .add("timeZone", "Nowhere/Land")
                    .add("weeklyHours", "Funday 10:00-12:00")
                    .build());
    assertThat(badProfile.status()).isEqualTo(422);
    assertThat(badProfile.json().getJsonArray("errors").toString())
        .contains("topics", "timeZone", "weeklyHours");
    // Without the volunteer role, nobody can set up as one.
    Client member = People.verified(base, Mailbox.newAddress("member"));
    assertThat(
            member
                .putJson(
                    "/api/candle/me",
                    Json.createObjectBuilder()
                        .add("name", "x")
                        .add("bio", "y")
                        .add("timeZone", "UTC")
                        .add("weeklyHours", "Mon 10:00-11:00")
                        .build())
                .status())
        .isEqualTo(403);
  }

  @Test
  void theVolunteerSeesTheirCalls_andTheirPage_andNotesWaitForTheCall() {
    Volunteer v = volunteer("Ada Volunteer");
    String booker = Mailbox.newAddress("ada-booker");
    bookAndConfirm(v, slotAfter(v.slug(), Duration.ofHours(3)), booker);

    JsonArray calls = v.client().get("/api/candle/me/bookings").jsonArray();
    assertThat(calls).hasSize(1);
    JsonObject call = calls.getJsonObject(0);
    assertThat(call.getString("bookerEmail")).isEqualTo(booker);
    assertThat(call.getString("status")).isEqualTo("confirmed");

    Answer page = v.client().get("/candle/volunteer");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Ana Booker", booker, "/calendars/volunteers/");

    Answer early =
        v.client()
            .putJson(
                "/api/candle/me/bookings/" + call.getJsonNumber("id").longValue() + "/outcome",
                Json.createObjectBuilder()
                    .add("outcome", "Talked about member agreements.")
                    .add("referral", "/guides/worker-coops")
                    .build());
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.json().getString("detail")).contains("once the call has started");

    // Someone else's call is not theirs to write about.
    Volunteer other = volunteer("Bea Volunteer");
    Answer foreign =
        other
            .client()
            .putJson(
                "/api/candle/me/bookings/" + call.getJsonNumber("id").longValue() + "/outcome",
                Json.createObjectBuilder().add("outcome", "x").build());
    assertThat(foreign.status()).isEqualTo(404);

    // The volunteer's data export holds their profile.
    JsonObject export = v.client().get("/api/me/export").json();
    assertThat(export.toString()).contains("digitalCandle", "Ada Volunteer", "Europe/London");
  }

  @Test
  void theVolunteerList_andSlots_showNoPrivateDetails() {
    Volunteer v = volunteer("Mei Volunteer");
    JsonArray list = new Client(base).get("/api/candle/volunteers?topic=governance").jsonArray();
    assertThat(list.toString()).contains(v.slug()).doesNotContain(v.email(), "feed");
    JsonArray slots = slots(v.slug(), "Pacific/Auckland");
    JsonObject first = slots.getJsonObject(0);
    assertThat(first.getString("timeZone")).isEqualTo("Pacific/Auckland");
    assertThat(first.getString("time"))
        .isEqualTo(
            Times.TIME.format(
                Instant.parse(first.getString("start")).atZone(ZoneId.of("Pacific/Auckland"))));
  }

  @Test
  void aPersonBooksThroughThePages_inAnotherTimeZone_inChromium() throws Exception {
    Volunteer v = volunteer("Ines Volunteer");
    String booker = Mailbox.newAddress("browser");
    try (Browser browser = Browser.open(base)) {
      browser.go("/candle");
      assertThat(browser.accessibilityViolations()).as("/candle").isEmpty();
      browser.clickAndWait(By.linkText("See Ines Volunteer's free times"));
      // Change the zone to Tokyo, far from the volunteer's London.
      var tz = browser.driver().findElement(By.id("tz"));
      tz.clear();
      tz.sendKeys("Asia/Tokyo");
      browser.clickAndWait(By.cssSelector(".zone-form button"));
      assertThat(browser.driver().findElement(By.id("shown-zone")).getText())
          .isEqualTo("Asia/Tokyo");
      assertThat(browser.accessibilityViolations()).as("/candle/slots").isEmpty();
      var slot = browser.driver().findElement(By.cssSelector("a.slot"));
      String shownTime = slot.getText().strip();
      browser.clickAndWait(By.cssSelector("a.slot"));

      String when = browser.driver().findElement(By.id("when")).getText();
      assertThat(when).contains(shownTime, "(Asia/Tokyo)");
      browser.driver().findElement(By.id("name")).sendKeys("Yuki Booker");
      browser.driver().findElement(By.id("email")).sendKeys(booker);
      browser.driver().findElement(By.id("about")).sendKeys("How do we write member agreements?");
      assertThat(browser.accessibilityViolations()).as("/candle/book").isEmpty();
      browser.clickAndWait(By.id("hold"));
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .as(() -> browser.driver().findElement(By.tagName("main")).getText())
          .isEqualTo("Check your mail");

      String token =
          linkToken(Mailbox.text(Mailbox.await(booker, "Confirm your Digital Candle call")));
      browser.go("/candle/bookings/" + token);
      browser.clickAndWait(By.id("confirmCall"));
      assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("confirmed");
      assertThat(browser.driver().findElement(By.id("when")).getText()).isEqualTo(when);
      assertThat(browser.accessibilityViolations()).as("/candle/bookings").isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(browser.requestedUrls())
          .filteredOn(url -> url.startsWith("http"))
          .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    }
    Calendar invite = parse(calendarPart(Mailbox.await(v.email(), "New Digital Candle call")));
    assertThat(prop(invite, "METHOD")).isEqualTo("REQUEST");
  }

  static String utcStamp(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneId.of("UTC"))
        .format(instant);
  }
}
