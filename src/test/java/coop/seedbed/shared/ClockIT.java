package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.OwnDeploymentsLast.OwnDeployment;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Seedbed does as time passes, tested by moving the test deployment's clock forward ({@link
 * TestClock}) rather than by waiting: holds that lapse, one reminder a day before a call, notes
 * once a call has started, the yearly "still going?" question, and links that expire. Each test
 * reads the application's time and plans from it, since earlier tests may have moved it far ahead.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment
class ClockIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.ofItsOwn();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @Test
  void theClock_isTheAdminTokensToMove_forwardOnly() {
    Instant now = TestClock.now(base);
    Answer anonymous =
        new Client(base)
            .putJson("/api/admin/clock", Json.createObjectBuilder().add("by", "PT1S").build());
    assertThat(anonymous.status()).isEqualTo(403);
    Answer back =
        People.staff(base)
            .putJson(
                "/api/admin/clock",
                Json.createObjectBuilder().add("now", now.minusSeconds(60).toString()).build());
    assertThat(back.status()).as(back.toString()).isEqualTo(409);
    Answer nonsense =
        People.staff(base)
            .putJson("/api/admin/clock", Json.createObjectBuilder().add("by", "soon").build());
    assertThat(nonsense.status()).isEqualTo(400);
    assertThat(nonsense.contentType()).startsWith("application/problem+json");

    Instant moved = TestClock.advance(base, Duration.ofHours(2));
    assertThat(moved).isAfterOrEqualTo(now.plus(Duration.ofHours(2)));
    assertThat(TestClock.now(base)).isAfterOrEqualTo(moved);
  }

  @Test
  void anUnconfirmedHold_keepsItsSlotHalfAnHour_thenLetsItGo() {
    Volunteer v = volunteer("Hold Volunteer");
    Instant start = slotAfter(v, Duration.ofHours(5));
    String booker = Mailbox.newAddress("holder");
    Answer held = book(v, start, booker);
    assertThat(held.status()).as(held.toString()).isEqualTo(202);
    String token = linkToken(Mailbox.text(Mailbox.await(booker, "Confirm your Digital Candle")));

    TestClock.advance(base, Duration.ofMinutes(29));
    assertThat(status(token)).isEqualTo("held");
    assertThat(offered(v)).doesNotContain(start);

    TestClock.advance(base, Duration.ofMinutes(2));
    assertThat(status(token)).isEqualTo("expired");
    assertThat(offered(v)).as("the slot is free again").contains(start);
    Answer late = new Client(base).postJson("/api/candle/bookings/" + token + "/confirm", "");
    assertThat(late.status()).isEqualTo(410);
  }

  @Test
  void aConfirmedCall_getsOneReminderADayBefore_andNeverASecond() {
    Volunteer v = volunteer("Reminding Volunteer");
    Instant start = slotAfter(v, Duration.ofDays(3));
    String booker = Mailbox.newAddress("reminded");
    bookAndConfirm(v, start, booker);

    // A day and an hour before: too early for the reminder.
    advanceTo(start.minus(Duration.ofHours(25)));
    assertThat(reminders(booker)).isZero();

    advanceTo(start.minus(Duration.ofHours(23)));
    Mailbox.await(booker, "Reminder: Digital Candle call");
    Mailbox.await(v.email(), "Reminder: Digital Candle call");

    // Through the rest of the day before the call, every upkeep run leaves it at one.
    for (int hour = 0; hour < 20; hour += 4) {
      TestClock.advance(base, Duration.ofHours(4));
    }
    assertThat(reminders(booker)).isEqualTo(1);
    assertThat(reminders(v.email())).isEqualTo(1);
  }

  @Test
  void theVolunteersNotes_waitForTheCall_andTheirNextStepIsMailedToTheBooker() {
    Volunteer v = volunteer("Notes Volunteer");
    Instant start = slotAfter(v, Duration.ofHours(5));
    String booker = Mailbox.newAddress("noted");
    bookAndConfirm(v, start, booker);
    long id =
        v.client()
            .get("/api/candle/me/bookings")
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject notes =
        Json.createObjectBuilder()
            .add("outcome", "Talked about member agreements.")
            .add("referral", "/guides/worker-coops")
            .build();

    Answer early = v.client().putJson("/api/candle/me/bookings/" + id + "/outcome", notes);
    assertThat(early.status()).isEqualTo(422);
    assertThat(Mailbox.all(booker)).noneMatch(m -> subject(m).startsWith("A next step"));

    advanceTo(start.plus(Duration.ofMinutes(50)));
    Answer after = v.client().putJson("/api/candle/me/bookings/" + id + "/outcome", notes);
    assertThat(after.status()).as(after.toString()).isEqualTo(200);
    assertThat(Mailbox.text(Mailbox.await(booker, "A next step from Notes Volunteer")))
        .contains("/guides/worker-coops");
  }

  @Test
  void aListing_isAskedAfterAYear_andShownUnconfirmedSixtyDaysLaterIfNobodyAnswers() {
    String email = Mailbox.newAddress("yearly");
    Client maintainer = People.verified(base, email);
    String name = "Yearly Co-op " + UUID.randomUUID().toString().substring(0, 8);
    Answer submitted = maintainer.postJson("/api/organisations", listing(name));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String slug = submitted.json().getString("slug");
    Answer approved =
        People.staff(base).postJson("/api/admin/organisations/" + slug + "/approval", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    Instant confirmed = Instant.parse(listingOf(slug).getString("lastConfirmedAt"));

    TestClock.advance(base, Duration.ofDays(300));
    assertThat(Mailbox.all(email)).noneMatch(m -> subject(m).contains("still going?"));

    TestClock.advance(base, Duration.ofDays(66));
    String question = Mailbox.text(Mailbox.await(email, "still going?"));
    // The maintainer has told no feature their zone, so the date says which one it is in.
    assertThat(question)
        .contains(
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                    .format(confirmed.atOffset(ZoneOffset.UTC))
                + " (UTC)");
    assertThat(listingOf(slug).getBoolean("unconfirmed")).isFalse();

    TestClock.advance(base, Duration.ofDays(59));
    assertThat(listingOf(slug).getBoolean("unconfirmed")).isFalse();

    TestClock.advance(base, Duration.ofDays(2));
    assertThat(listingOf(slug).getBoolean("unconfirmed")).isTrue();
  }

  private JsonObject listingOf(String slug) {
    Answer answer = new Client(base).get("/api/organisations/" + slug);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private JsonObject listing(String name) {
    String host = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example.org";
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "worker")
        .add("description", "A worker co-op that keeps its listing true.")
        .add("website", "https://" + host)
        .add("email", "contact@" + host)
        .add("city", "Leeds")
        .add("country", "GB")
        .add("sectors", Json.createArrayBuilder().add("Technology"))
        .add("languages", Json.createArrayBuilder().add("en"))
        .add("affirmStandards", true)
        .build();
  }

  @Test
  void aVerificationLink_worksForThreeDays_andThenIsRefusedAsExpired() {
    String early = Mailbox.newAddress("prompt");
    People.signedUp(base, early);
    String prompt = Mailbox.token(Mailbox.text(Mailbox.await(early, "Confirm")), "/verify");
    TestClock.advance(base, Duration.ofDays(3).minusMinutes(5));
    assertThat(verify(prompt).status()).isEqualTo(200);

    String late = Mailbox.newAddress("tardy");
    People.signedUp(base, late);
    String tardy = Mailbox.token(Mailbox.text(Mailbox.await(late, "Confirm")), "/verify");
    TestClock.advance(base, Duration.ofDays(3).plusMinutes(1));
    Answer refused = verify(tardy);
    assertThat(refused.status()).isEqualTo(410);
    assertThat(refused.json().getString("detail")).contains("expired");
  }

  @Test
  void aPasswordResetLink_worksForAnHour_andThenIsRefusedAsExpired_leavingTheOldPassword() {
    String early = Mailbox.newAddress("reset-prompt");
    People.verified(base, early);
    String prompt = resetToken(early);
    TestClock.advance(base, Duration.ofMinutes(55));
    assertThat(newPassword(prompt, "a passphrase chosen in time").status()).isEqualTo(200);

    String late = Mailbox.newAddress("reset-tardy");
    People.verified(base, late);
    String tardy = resetToken(late);
    TestClock.advance(base, Duration.ofMinutes(61));
    Answer refused = newPassword(tardy, "a passphrase chosen too late");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(410);
    assertThat(refused.json().getString("detail")).contains("expired");
    assertThat(signIn(late, "a passphrase chosen too late").status()).isEqualTo(401);
    assertThat(signIn(late, People.PASSWORD).status()).isEqualTo(200);
  }

  private String resetToken(String email) {
    Answer asked =
        new Client(base)
            .postJson(
                "/api/password-resets", Json.createObjectBuilder().add("email", email).build());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    return Mailbox.token(
        Mailbox.text(Mailbox.await(email, "new Seedbed password")), "/reset-password");
  }

  private Answer newPassword(String token, String password) {
    return new Client(base)
        .postJson(
            "/api/password-resets/redemption",
            Json.createObjectBuilder().add("token", token).add("password", password).build());
  }

  private Answer signIn(String email, String password) {
    return new Client(base)
        .postJson(
            "/api/session",
            Json.createObjectBuilder().add("email", email).add("password", password).build());
  }

  @Test
  void aMailTheServerRefused_isRetriedAfterItsBackOff_byTheApplicationsClock() {
    String email = Mailbox.newAddress("retried");
    Mailbox.stop();
    try {
      Answer signUp =
          new Client(base)
              .postJson(
                  "/api/accounts",
                  Json.createObjectBuilder()
                      .add("email", email)
                      .add("password", People.PASSWORD)
                      .build());
      assertThat(signUp.status()).as(signUp.toString()).isEqualTo(202);
      // The test deployment waits a second after the first failure and doubles it each time:
      // each move passes the wait by half a second or more, so five attempts fail.
      for (String step : List.of("PT0S", "PT1.5S", "PT2.5S", "PT4.5S", "PT8.5S")) {
        TestClock.advance(base, Duration.parse(step));
      }
    } finally {
      Mailbox.start();
    }
    // Sixteen seconds to wait after the fifth failure: the server is back, but not yet asked.
    TestClock.advance(base, Duration.ofSeconds(2));
    assertThat(Mailbox.all(email)).isEmpty();

    TestClock.advance(base, Duration.ofMinutes(1));
    Mailbox.await(email, "Confirm");
  }

  private Answer verify(String token) {
    return new Client(base)
        .postJson(
            "/api/accounts/verification", Json.createObjectBuilder().add("token", token).build());
  }

  // Digital Candle helpers, planned from the application's clock rather than this JVM's.

  record Volunteer(Client client, String email, String slug) {}

  Volunteer volunteer(String name) {
    String email = Mailbox.newAddress("volunteer");
    Client client = People.verified(base, email);
    Answer granted = People.staff(base).put("/api/admin/accounts/" + email + "/roles/volunteer");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    Answer saved =
        client.putJson(
            "/api/candle/me",
            Json.createObjectBuilder()
                .add("name", name)
                .add("bio", "Co-founder of a worker co-op; happy to talk governance.")
                .add("topics", Json.createArrayBuilder().add("governance"))
                .add("languages", Json.createArrayBuilder().add("en"))
                .add("timeZone", "Europe/London")
                .add("weeklyHours", "Daily 06:00-22:00")
                .add("callMinutes", 60)
                .add("bufferMinutes", 0)
                .add("noticeHours", 1)
                .add("horizonDays", 14)
                .add("maxPerWeek", 40)
                .build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    return new Volunteer(client, email, saved.json().getString("slug"));
  }

  List<Instant> offered(Volunteer v) {
    Answer answer =
        new Client(base)
            .get(
                "/api/candle/slots?volunteer="
                    + v.slug()
                    + "&tz=UTC&to="
                    + TestClock.now(base).plus(Duration.ofDays(6)));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.jsonArray().getValuesAs(JsonObject.class).stream()
        .map(s -> Instant.parse(s.getString("start")))
        .toList();
  }

  Instant slotAfter(Volunteer v, Duration after) {
    Instant earliest = TestClock.now(base).plus(after);
    return offered(v).stream().filter(s -> s.isAfter(earliest)).findFirst().orElseThrow();
  }

  Answer book(Volunteer v, Instant start, String email) {
    return new Client(base)
        .postJson(
            "/api/candle/bookings",
            Json.createObjectBuilder()
                .add("volunteer", v.slug())
                .add("start", start.toString())
                .add("timeZone", "Europe/Lisbon")
                .add("name", "Ana Booker")
                .add("email", email)
                .add("about", "We are five developers laid off together; could we be a co-op?")
                .build());
  }

  void bookAndConfirm(Volunteer v, Instant start, String email) {
    Answer held = book(v, start, email);
    assertThat(held.status()).as(held.toString()).isEqualTo(202);
    String token = linkToken(Mailbox.text(Mailbox.await(email, "Confirm your Digital Candle")));
    Answer confirmed = new Client(base).postJson("/api/candle/bookings/" + token + "/confirm", "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
  }

  String status(String token) {
    return new Client(base).get("/api/candle/bookings/" + token).json().getString("status");
  }

  void advanceTo(Instant target) {
    TestClock.advance(base, Duration.between(TestClock.now(base), target));
  }

  static String linkToken(String text) {
    Matcher matcher = Pattern.compile("/candle/bookings/([A-Za-z0-9_-]{16,})").matcher(text);
    assertThat(matcher.find()).as("a booking link in:\n" + text).isTrue();
    return matcher.group(1);
  }

  static long reminders(String to) {
    return subjects(to).stream().filter(s -> s.startsWith("Reminder:")).count();
  }

  static List<String> subjects(String to) {
    List<String> subjects = new ArrayList<>();
    Mailbox.all(to).forEach(m -> subjects.add(subject(m)));
    return subjects;
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
