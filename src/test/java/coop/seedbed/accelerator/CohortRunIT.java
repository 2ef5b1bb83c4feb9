package coop.seedbed.accelerator;

import static coop.seedbed.testing.Calendars.calendarPart;
import static coop.seedbed.testing.Calendars.event;
import static coop.seedbed.testing.Calendars.parse;
import static coop.seedbed.testing.Calendars.value;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.PageForm;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cohort once it runs, over HTTP against the real WAR with real mail at GreenMail: teams apply,
 * are accepted and take up their places; sessions reach every participant as one calendar event
 * through its changes and cancellation; the feeds show what their readers may see; teams mark
 * milestones and check in, mentors write notes, staff see who has gone quiet; two shortlisted teams
 * race for one interview time; the self-paced track keeps progress; the pages work without script.
 * Every test makes its own programme and cohort.
 */
@ExtendWith(ArquillianExtension.class)
class CohortRunIT {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final String CALL = "https://call.example.org/";
  static final DateTimeFormatter UTC_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  // Setting up, as staff and teams would.

  record Cohort(String programme, String slug, String name, LocalDate interviewDay) {}

  record Person(Client client, String email, String name) {}

  record Team(long id, String project, Person lead, Person member) {

    List<Person> people() {
      return member == null ? List.of(lead) : List.of(lead, member);
    }
  }

  Client staff() {
    return People.staff(base);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  Person person(String who) {
    String email = Mailbox.newAddress(who);
    return new Person(People.verified(base, email), email, "Person " + who);
  }

  /**
   * A programme and one cohort of it, open for applications now, which started twenty days ago (so
   * it is in its second fortnight), and whose panel interviews three days from now.
   */
  Cohort cohort() {
    String programme = unique("run");
    JsonArray levels = Json.createArrayBuilder().add("weak").add("fair").add("strong").build();
    Answer p =
        staff()
            .postJson(
                "/api/admin/accelerator/programmes",
                Json.createObjectBuilder()
                    .add("slug", programme)
                    .add("name", "Programme " + programme)
                    .add("audience", "New co-ops")
                    .add("offer", "Twelve weeks of support")
                    .add("criteria", "A team that can do it")
                    .add("scaleLevels", 3)
                    .add(
                        "rubric",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("name", "Team")
                                    .add("weight", 1)
                                    .add("levels", levels)))
                    .add(
                        "milestones",
                        Json.createArrayBuilder()
                            .add("Members' agreement signed")
                            .add("First paying customer"))
                    .build());
    assertThat(p.status()).as(p.toString()).isIn(200, 201);
    String slug = unique("cohort");
    LocalDate today = LocalDate.now(LONDON);
    LocalDate interviewDay = today.plusDays(3);
    LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES);
    Answer c =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts",
                Json.createObjectBuilder()
                    .add("programme", programme)
                    .add("slug", slug)
                    .add("name", "Cohort " + slug)
                    .add("startsOn", today.minusDays(20).toString())
                    .add("endsOn", today.plusDays(70).toString())
                    .add("capacity", 10)
                    .add("timeZone", "Europe/London")
                    .add("opens", now.minusHours(1).toString())
                    .add("closes", now.plusDays(1).toString())
                    .add("interviewHours", interviewDay + " 10:00-12:00")
                    .add("interviewMinutes", 30)
                    .add("interviewCallUrl", CALL + "panel")
                    .build());
    assertThat(c.status()).as(c.toString()).isIn(200, 201);
    return new Cohort(programme, slug, "Cohort " + slug, interviewDay);
  }

  /** A team that has submitted its application; with a co-applicant who joined it. */
  Team submitted(Cohort c, String project, boolean withCoApplicant) {
    Person lead = person("lead");
    Answer started =
        lead.client()
            .postJson(
                "/api/accelerator/cohorts/" + c.slug() + "/applications",
                Json.createObjectBuilder()
                    .add("projectName", project)
                    .add("name", lead.name())
                    .build());
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    long id = started.json().getJsonNumber("id").longValue();
    Person member = null;
    if (withCoApplicant) {
      member = person("member");
      Answer invited =
          lead.client()
              .postJson(
                  "/api/accelerator/applications/" + id + "/members",
                  Json.createObjectBuilder()
                      .add("email", member.email())
                      .add("name", member.name())
                      .build());
      assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
      Matcher link =
          Pattern.compile("/accelerator/invitation/([A-Za-z0-9_-]{16,})")
              .matcher(Mailbox.text(Mailbox.await(member.email(), "invites you to apply")));
      assertThat(link.find()).isTrue();
      Answer joined =
          member
              .client()
              .postJson(
                  "/api/accelerator/invitations/" + link.group(1),
                  Json.createObjectBuilder().add("accept", true).build());
      assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
    }
    Answer saved =
        lead.client()
            .putJson(
                "/api/accelerator/applications/" + id,
                Json.createObjectBuilder()
                    .add("projectName", project)
                    .add("summary", "A co-op that " + project + " owns together.")
                    .add("sector", "food")
                    .build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    Answer submitted =
        lead.client().postJson("/api/accelerator/applications/" + id + "/submission", "");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return new Team(id, project, lead, member);
  }

  /** A team accepted by staff that has taken up its place. */
  Team confirmed(Cohort c, String project, boolean withCoApplicant) {
    Team t = submitted(c, project, withCoApplicant);
    Answer offered =
        staff()
            .postJson(
                "/api/admin/accelerator/applications/" + t.id() + "/decision",
                Json.createObjectBuilder().add("decision", "accept").build());
    assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
    Answer taken =
        t.lead()
            .client()
            .postJson(
                "/api/accelerator/applications/" + t.id() + "/response",
                Json.createObjectBuilder().add("accept", true).build());
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    assertThat(taken.json().getString("decision")).isEqualTo("confirmed");
    return t;
  }

  Person mentor(Team t) {
    Person mentor = person("mentor");
    Answer added =
        staff().put("/api/admin/accelerator/applications/" + t.id() + "/mentors/" + mentor.email());
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    return mentor;
  }

  void shortlist(Team t) {
    Answer listed =
        staff()
            .putJson(
                "/api/admin/accelerator/applications/" + t.id() + "/shortlist",
                Json.createObjectBuilder().add("shortlisted", true).build());
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().getBoolean("shortlisted")).isTrue();
  }

  JsonObject team(Client client, long id) {
    Answer team = client.get("/api/accelerator/applications/" + id + "/team?tz=Europe/London");
    assertThat(team.status()).as(team.toString()).isEqualTo(200);
    return team.json();
  }

  static JsonObjectBuilder session(String title, Instant start) {
    return Json.createObjectBuilder()
        .add("kind", "workshop")
        .add("title", title)
        .add("description", "Bring a draft of your members' agreement.")
        .add("start", start.toString())
        .add("end", start.plus(Duration.ofMinutes(90)).toString())
        .add("callUrl", CALL + title.replace(' ', '-'))
        .add("place", "Unity House, Leeds");
  }

  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
  }

  static void assertFieldError(Answer answer, String field) {
    assertProblem(answer, 422);
    assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains(field);
  }

  // Sessions

  @Test
  void sessions_createChangeAndCancel_reachEveryParticipant_asOneEvent() {
    Cohort c = cohort();
    Team a = confirmed(c, "Bread Co-op", true);
    Team b = confirmed(c, "Bike Co-op", false);
    Team waiting = submitted(c, "Still Waiting Co-op", false);
    Person mentor = mentor(a);
    List<String> participants =
        List.of(a.lead().email(), a.member().email(), b.lead().email(), mentor.email());
    String title = unique("Agreements workshop");
    Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);

    Answer created =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/" + c.slug() + "/sessions",
                session(title, start).build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/admin/accelerator/sessions/" + id));
    assertThat(created.json().getString("when")).endsWith("(Europe/London)");
    String uid = "session-" + id + "@seedbed.localhost";
    for (String to : participants) {
      MimeMessage mail = Mailbox.await(to, title);
      Calendar invite = parse(calendarPart(mail));
      VEvent event = event(invite);
      assertThat(value(invite, "METHOD")).isEqualTo("REQUEST");
      assertThat(value(event, "UID")).isEqualTo(uid);
      assertThat(value(event, "SEQUENCE")).isEqualTo("0");
      assertThat(value(event, "DTSTART")).isEqualTo(UTC_STAMP.format(start));
      assertThat(value(event, "URL")).isEqualTo(CALL + title.replace(' ', '-'));
      assertThat(value(event, "ATTENDEE")).as("only their own address").isEqualTo("mailto:" + to);
    }
    assertThat(Mailbox.text(Mailbox.await(a.lead().email(), title)))
        .contains("/calendars/participants/");
    assertThat(Mailbox.text(Mailbox.await(mentor.email(), title)))
        .contains("/calendars/cohorts/" + c.slug() + ".ics");
    assertThat(subjects(waiting.lead().email())).noneMatch(s -> s.contains(title));

    Instant later = start.plus(Duration.ofDays(1));
    Answer changed =
        staff().putJson("/api/admin/accelerator/sessions/" + id, session(title, later).build());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getInt("sequence")).isEqualTo(1);
    for (String to : participants) {
      Calendar update = parse(calendarPart(Mailbox.await(to, "Changed: " + title)));
      assertThat(value(update, "METHOD")).isEqualTo("REQUEST");
      assertThat(value(event(update), "UID")).isEqualTo(uid);
      assertThat(value(event(update), "SEQUENCE")).isEqualTo("1");
      assertThat(value(event(update), "DTSTART")).isEqualTo(UTC_STAMP.format(later));
    }
    // The same settings again change nothing, so the sequence stays.
    Answer same =
        staff().putJson("/api/admin/accelerator/sessions/" + id, session(title, later).build());
    assertThat(same.json().getInt("sequence")).isEqualTo(1);

    Answer cancelled = staff().delete("/api/admin/accelerator/sessions/" + id);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getBoolean("cancelled")).isTrue();
    for (String to : participants) {
      Calendar cancel = parse(calendarPart(Mailbox.await(to, "Cancelled: " + title)));
      assertThat(value(cancel, "METHOD")).isEqualTo("CANCEL");
      assertThat(value(event(cancel), "UID")).isEqualTo(uid);
      assertThat(value(event(cancel), "SEQUENCE")).isEqualTo("2");
      assertThat(value(event(cancel), "STATUS")).isEqualTo("CANCELLED");
    }
    assertProblem(
        staff().putJson("/api/admin/accelerator/sessions/" + id, session(title, later).build()),
        409);
  }

  @Test
  void sessions_refuseBadInputAndOutsiders_andChangeNothing() {
    Cohort c = cohort();
    Team a = confirmed(c, "Tool Library Co-op", false);
    String path = "/api/admin/accelerator/cohorts/" + c.slug() + "/sessions";
    Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);

    assertFieldError(
        staff()
            .postJson(
                path,
                session("Backwards", start)
                    .add("end", start.minus(Duration.ofHours(1)).toString())
                    .build()),
        "end");
    assertFieldError(
        staff().postJson(path, session("Party", start).add("kind", "party").build()), "kind");
    assertFieldError(
        staff()
            .postJson(path, session("Nowhere", start).add("callUrl", "").add("place", " ").build()),
        "place");
    assertFieldError(
        staff().postJson(path, session("When", start).add("start", "next tuesday").build()),
        "start");
    assertFieldError(
        staff().postJson(path, session("Past", Instant.now().minus(Duration.ofDays(1))).build()),
        "start");
    assertFieldError(staff().postJson(path, "{}"), "title");
    assertProblem(staff().postJson(path, "not json"), 400);
    assertProblem(a.lead().client().postJson(path, session("Mine", start).build()), 403);
    assertProblem(new Client(base).postJson(path, session("Anyone", start).build()), 401);
    assertProblem(
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/no-such-cohort/sessions",
                session("Lost", start).build()),
        404);
    assertProblem(staff().delete("/api/admin/accelerator/sessions/999999999"), 404);

    Answer sessions = staff().get(path);
    assertThat(sessions.status()).isEqualTo(200);
    assertThat(sessions.jsonArray()).isEmpty();
    assertThat(team(a.lead().client(), a.id()).getJsonArray("sessions")).isEmpty();

    // A bad change leaves the session as it was, and sends nothing.
    long id =
        staff()
            .postJson(path, session("Governance", start).build())
            .json()
            .getJsonNumber("id")
            .longValue();
    assertFieldError(
        staff()
            .putJson(
                "/api/admin/accelerator/sessions/" + id,
                session("Governance, renamed", start).add("kind", "picnic").build()),
        "kind");
    assertProblem(
        a.lead()
            .client()
            .putJson("/api/admin/accelerator/sessions/" + id, session("Mine", start).build()),
        403);
    assertProblem(a.lead().client().delete("/api/admin/accelerator/sessions/" + id), 403);
    JsonObject kept = staff().get(path).jsonArray().getJsonObject(0);
    assertThat(kept.getString("title")).isEqualTo("Governance");
    assertThat(kept.getInt("sequence")).isZero();
    assertThat(kept.getBoolean("cancelled")).isFalse();
    Mailbox.await(a.lead().email(), "Governance");
    assertThat(subjects(a.lead().email())).noneMatch(s -> s.contains("Changed:"));
  }

  // Feeds

  @Test
  void feeds_thePublicOneHasNoCallLinks_aParticipantsHasThemAndTheInterview() {
    Cohort c = cohort();
    Team a = submitted(c, "Solar Co-op", false);
    shortlist(a);
    Instant slot = freeSlots(a).get(0);
    assertThat(book(a.lead(), a, slot).status()).isEqualTo(200);
    Answer offered =
        staff()
            .postJson(
                "/api/admin/accelerator/applications/" + a.id() + "/decision",
                Json.createObjectBuilder().add("decision", "accept").build());
    assertThat(offered.status()).isEqualTo(200);
    assertThat(
            a.lead()
                .client()
                .postJson(
                    "/api/accelerator/applications/" + a.id() + "/response",
                    Json.createObjectBuilder().add("accept", true).build())
                .status())
        .isEqualTo(200);
    Instant start = Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS);
    String kept = unique("Demo day");
    String dropped = unique("Office hours");
    long keptId =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/" + c.slug() + "/sessions",
                session(kept, start).build())
            .json()
            .getJsonNumber("id")
            .longValue();
    long droppedId =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/" + c.slug() + "/sessions",
                session(dropped, start.plus(Duration.ofDays(1))).build())
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(staff().delete("/api/admin/accelerator/sessions/" + droppedId).status())
        .isEqualTo(200);

    Answer open = new Client(base).get("/calendars/cohorts/" + c.slug() + ".ics");
    assertThat(open.status()).isEqualTo(200);
    assertThat(open.contentType()).startsWith("text/calendar");
    assertThat(open.header("Cache-Control")).hasValue("public, max-age=300");
    List<VEvent> shown = parse(open.body()).getComponents("VEVENT");
    assertThat(shown).extracting(e -> value(e, "UID")).containsExactly(uid(keptId));
    assertThat(value(shown.get(0), "LOCATION")).isEqualTo("Unity House, Leeds");
    assertThat(open.body()).doesNotContain(CALL).doesNotContain("interview-");

    String feedUrl = team(a.lead().client(), a.id()).getString("feedUrl");
    String feedPath = feedUrl.substring(feedUrl.indexOf("/calendars/participants/"));
    Answer own = new Client(base).get(feedPath);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.header("Cache-Control")).hasValue("private, no-store");
    List<VEvent> mine = parse(own.body()).getComponents("VEVENT");
    assertThat(mine).extracting(e -> value(e, "UID")).contains(uid(keptId));
    assertThat(mine).extracting(e -> value(e, "UID")).doesNotContain(uid(droppedId));
    VEvent interview =
        mine.stream()
            .filter(e -> value(e, "UID").startsWith("interview-" + a.id()))
            .findFirst()
            .orElseThrow();
    assertThat(value(interview, "DTSTART")).isEqualTo(UTC_STAMP.format(slot));
    assertThat(value(interview, "URL")).isEqualTo(CALL + "panel");
    VEvent demo = mine.stream().filter(e -> value(e, "UID").equals(uid(keptId))).findFirst().get();
    assertThat(value(demo, "URL")).isEqualTo(CALL + kept.replace(' ', '-'));

    assertThat(new Client(base).get("/calendars/participants/not-the-secret-at-all.ics").status())
        .isEqualTo(404);
    assertThat(new Client(base).get("/calendars/cohorts/no-such-cohort.ics").status())
        .isEqualTo(404);

    Answer deadlines = new Client(base).get("/calendars/accelerator/deadlines.ics");
    assertThat(deadlines.status()).isEqualTo(200);
    VEvent deadline =
        parse(deadlines.body()).<VEvent>getComponents("VEVENT").stream()
            .filter(e -> value(e, "SUMMARY").equals("Applications close: " + c.name()))
            .findFirst()
            .orElseThrow();
    Answer call = staff().get("/api/admin/accelerator/cohorts/" + c.slug());
    assertThat(value(deadline, "DTSTART"))
        .isEqualTo(
            UTC_STAMP.format(
                Instant.parse(call.json().getJsonObject("call").getString("closesAt"))));
    assertThat(value(deadline, "URL")).endsWith("/accelerator/" + c.slug());
  }

  /** Views leave out what they do not have. */
  static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  static String uid(long sessionId) {
    return "session-" + sessionId + "@seedbed.localhost";
  }

  // Team progress

  @Test
  void teamProgress_milestonesCheckInsMentorsNotes_andTheQuietOverview() {
    Cohort c = cohort();
    Team a = confirmed(c, "Repair Cafe Co-op", true);
    Team b = confirmed(c, "Printing Co-op", false);
    Team waiting = submitted(c, "Undecided Co-op", false);
    String teamA = "/api/accelerator/applications/" + a.id();

    JsonObject view = team(a.member().client(), a.id());
    assertThat(view.getString("role")).isEqualTo("member");
    assertThat(view.getInt("fortnight")).isEqualTo(1);
    assertThat(view.getString("feedUrl")).contains("/calendars/participants/");
    List<JsonObject> milestones = view.getJsonArray("milestones").getValuesAs(JsonObject.class);
    assertThat(milestones)
        .extracting(m -> m.getString("title"))
        .containsExactly("Members' agreement signed", "First paying customer");
    long first = milestones.get(0).getJsonNumber("id").longValue();

    Answer done =
        a.member()
            .client()
            .putJson(
                teamA + "/milestones/" + first,
                Json.createObjectBuilder()
                    .add("done", true)
                    .add("note", "Signed by all five")
                    .build());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getBoolean("done")).isTrue();
    assertThat(done.json().getString("doneOn")).isEqualTo(LocalDate.now(LONDON).toString());
    assertFieldError(
        a.lead()
            .client()
            .putJson(teamA + "/milestones/" + first, Json.createObjectBuilder().build()),
        "done");
    long bMilestone =
        team(b.lead().client(), b.id())
            .getJsonArray("milestones")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertProblem(
        a.lead()
            .client()
            .putJson(
                teamA + "/milestones/" + bMilestone,
                Json.createObjectBuilder().add("done", true).build()),
        404);
    assertProblem(
        b.lead()
            .client()
            .putJson(
                teamA + "/milestones/" + first,
                Json.createObjectBuilder().add("done", false).build()),
        403);
    JsonObject kept = team(a.lead().client(), a.id()).getJsonArray("milestones").getJsonObject(0);
    assertThat(kept.getBoolean("done")).isTrue();
    assertThat(kept.getString("note")).isEqualTo("Signed by all five");

    // Check-ins: the second in a fortnight replaces the first's words.
    Answer checkIn =
        a.lead()
            .client()
            .postJson(
                teamA + "/checkins",
                Json.createObjectBuilder()
                    .add("progress", "Rules drafted")
                    .add("blockers", "Bank wants two signatories")
                    .build());
    assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);
    assertThat(checkIn.json().getInt("period")).isEqualTo(1);
    Answer again =
        a.member()
            .client()
            .postJson(
                teamA + "/checkins",
                Json.createObjectBuilder().add("progress", "Rules adopted").build());
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertFieldError(
        a.lead()
            .client()
            .postJson(teamA + "/checkins", Json.createObjectBuilder().add("progress", " ").build()),
        "progress");
    assertFieldError(
        a.lead()
            .client()
            .postJson(
                teamA + "/checkins",
                Json.createObjectBuilder().add("progress", "x".repeat(4001)).build()),
        "progress");
    List<JsonObject> checkIns =
        team(a.lead().client(), a.id()).getJsonArray("checkIns").getValuesAs(JsonObject.class);
    assertThat(checkIns).hasSize(1);
    assertThat(checkIns.get(0).getString("progress")).isEqualTo("Rules adopted");
    assertThat(checkIns.get(0).getString("author")).isEqualTo(a.member().name());
    assertProblem(
        waiting
            .lead()
            .client()
            .postJson(
                "/api/accelerator/applications/" + waiting.id() + "/checkins",
                Json.createObjectBuilder().add("progress", "Waiting").build()),
        404);

    // Mentors, attached by staff, and their notes.
    Person mentor = mentor(a);
    assertThat(Mailbox.text(Mailbox.await(mentor.email(), "Mentoring Repair Cafe Co-op")))
        .contains("/accelerator/teams/" + a.id());
    assertProblem(
        staff().put("/api/admin/accelerator/applications/" + a.id() + "/mentors/nobody@it.example"),
        404);
    String unverified = Mailbox.newAddress("unverified");
    People.signedUp(base, unverified);
    assertFieldError(
        staff().put("/api/admin/accelerator/applications/" + a.id() + "/mentors/" + unverified),
        "email");
    assertProblem(
        staff()
            .put(
                "/api/admin/accelerator/applications/"
                    + waiting.id()
                    + "/mentors/"
                    + mentor.email()),
        404);
    assertProblem(
        a.lead()
            .client()
            .put("/api/admin/accelerator/applications/" + a.id() + "/mentors/" + mentor.email()),
        403);
    JsonObject asMentor = team(mentor.client(), a.id());
    assertThat(asMentor.getString("role")).isEqualTo("mentor");
    assertThat(absent(asMentor, "feedUrl")).isTrue();
    Answer note =
        mentor
            .client()
            .postJson(
                teamA + "/notes",
                Json.createObjectBuilder().add("body", "Talk to the credit union.").build());
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    assertProblem(
        a.lead()
            .client()
            .postJson(teamA + "/notes", Json.createObjectBuilder().add("body", "Hi").build()),
        403);
    assertFieldError(
        mentor
            .client()
            .postJson(teamA + "/notes", Json.createObjectBuilder().add("body", "").build()),
        "body");
    Person staffer = person("staffer");
    assertThat(staff().put("/api/admin/accounts/" + staffer.email() + "/roles/staff").status())
        .isEqualTo(200);
    assertThat(
            staffer
                .client()
                .postJson(
                    teamA + "/notes",
                    Json.createObjectBuilder().add("body", "Good progress.").build())
                .status())
        .isEqualTo(201);
    JsonObject seen = team(a.lead().client(), a.id());
    assertThat(seen.getJsonArray("notes").getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("body"))
        .containsExactly("Good progress.", "Talk to the credit union.");
    assertThat(seen.getJsonArray("mentors").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly(mentor.email());

    // Nobody else sees the team.
    Person stranger = person("stranger");
    assertProblem(stranger.client().get(teamA + "/team"), 403);
    assertProblem(new Client(base).get(teamA + "/team"), 401);
    assertProblem(stranger.client().get("/api/accelerator/applications/999999999/team"), 404);
    assertProblem(
        waiting.lead().client().get("/api/accelerator/applications/" + waiting.id() + "/team"),
        404);

    // Staff see who has gone quiet; the mentor sees their teams.
    Answer overview = staff().get("/api/admin/accelerator/cohorts/" + c.slug() + "/teams");
    assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
    List<JsonObject> teams = overview.jsonArray().getValuesAs(JsonObject.class);
    assertThat(teams)
        .extracting(t -> t.getJsonNumber("id").longValue())
        .containsExactly(a.id(), b.id());
    assertThat(teams.get(0).getBoolean("quiet")).isFalse();
    assertThat(teams.get(0).getString("lastCheckIn")).isEqualTo(LocalDate.now(LONDON).toString());
    assertThat(teams.get(0).getInt("milestonesDone")).isEqualTo(1);
    assertThat(teams.get(0).getInt("milestonesTotal")).isEqualTo(2);
    assertThat(teams.get(1).getBoolean("quiet")).isTrue();
    assertThat(absent(teams.get(1), "lastCheckIn")).isTrue();
    assertProblem(
        a.lead().client().get("/api/admin/accelerator/cohorts/" + c.slug() + "/teams"), 403);
    Answer mentoring = mentor.client().get("/api/accelerator/mentoring");
    assertThat(mentoring.jsonArray().getValuesAs(JsonObject.class))
        .extracting(t -> t.getJsonNumber("id").longValue())
        .containsExactly(a.id());

    assertThat(
            staff()
                .delete(
                    "/api/admin/accelerator/applications/" + a.id() + "/mentors/" + mentor.email())
                .status())
        .isEqualTo(204);
    assertThat(mentor.client().get("/api/accelerator/mentoring").jsonArray()).isEmpty();
    assertProblem(mentor.client().get(teamA + "/team"), 403);
  }

  // Interviews

  List<Instant> freeSlots(Team t) {
    Answer slots =
        t.lead()
            .client()
            .get("/api/accelerator/applications/" + t.id() + "/interview-slots?tz=Europe/London");
    assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
    return slots.jsonArray().getValuesAs(JsonObject.class).stream()
        .map(s -> Instant.parse(s.getString("start")))
        .toList();
  }

  Answer book(Person who, Team t, Instant start) {
    return who.client()
        .putJson(
            "/api/accelerator/applications/" + t.id() + "/interview",
            Json.createObjectBuilder()
                .add("start", start.toString())
                .add("timeZone", "Europe/London")
                .build());
  }

  @Test
  void interviews_twoTeamsRaceForOneTime_exactlyOneGetsIt_andMovesAndCancelsReachTheTeam()
      throws Exception {
    Cohort c = cohort();
    Team a = submitted(c, "Brewery Co-op", true);
    Team b = submitted(c, "Bakery Co-op", false);
    Team notListed = submitted(c, "Unlisted Co-op", false);
    shortlist(a);
    shortlist(b);

    Answer offered =
        a.lead()
            .client()
            .get("/api/accelerator/applications/" + a.id() + "/interview-slots?tz=Europe/London");
    List<JsonObject> slots = offered.jsonArray().getValuesAs(JsonObject.class);
    assertThat(slots)
        .extracting(s -> s.getString("time"))
        .containsExactly("10:00", "10:30", "11:00", "11:30");
    assertThat(slots)
        .allSatisfy(s -> assertThat(s.getString("timeZone")).isEqualTo("Europe/London"));
    Instant contested = Instant.parse(slots.get(0).getString("start"));
    assertThat(contested).isEqualTo(c.interviewDay().atTime(10, 0).atZone(LONDON).toInstant());

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Answer>> racers = new ArrayList<>();
    for (Team t : List.of(a, b)) {
      racers.add(
          () -> {
            together.await();
            return book(t.lead(), t, contested);
          });
    }
    List<Answer> answers = new ArrayList<>();
    try {
      for (Future<Answer> answer : pool.invokeAll(racers)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).filteredOn(x -> x.status() == 200).hasSize(1);
    Answer lost = answers.stream().filter(x -> x.status() != 200).findFirst().orElseThrow();
    assertProblem(lost, 409);
    assertThat(lost.json().getString("detail"))
        .contains("Another team has just booked that time", "10:30", "(Europe/London)");
    Team winner = answers.get(0).status() == 200 ? a : b;
    Team loser = winner == a ? b : a;
    assertThat(freeSlots(loser)).doesNotContain(contested).hasSize(3);

    for (Person p : winner.people()) {
      Calendar invite = parse(calendarPart(Mailbox.await(p.email(), "Interview for " + c.name())));
      assertThat(value(invite, "METHOD")).isEqualTo("REQUEST");
      assertThat(value(event(invite), "SEQUENCE")).isEqualTo("0");
      assertThat(value(event(invite), "DTSTART")).isEqualTo(UTC_STAMP.format(contested));
    }
    String uid =
        value(
            event(parse(calendarPart(Mailbox.await(winner.lead().email(), "Interview for ")))),
            "UID");

    // The team moves it: the same event, one sequence on; then cancels it.
    Instant later = contested.plus(Duration.ofHours(1));
    Answer moved = book(winner.lead(), winner, later);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().getString("when")).contains("11:00", "(Europe/London)");
    Calendar update = parse(calendarPart(Mailbox.await(winner.lead().email(), "11:00 to 11:30")));
    assertThat(value(event(update), "UID")).isEqualTo(uid);
    assertThat(value(event(update), "SEQUENCE")).isEqualTo("1");
    assertThat(value(event(update), "DTSTART")).isEqualTo(UTC_STAMP.format(later));
    assertThat(freeSlots(loser)).contains(contested).doesNotContain(later);

    assertThat(
            winner
                .lead()
                .client()
                .delete("/api/accelerator/applications/" + winner.id() + "/interview")
                .status())
        .isEqualTo(204);
    for (Person p : winner.people()) {
      Calendar cancel = parse(calendarPart(Mailbox.await(p.email(), "Cancelled: interview")));
      assertThat(value(cancel, "METHOD")).isEqualTo("CANCEL");
      assertThat(value(event(cancel), "UID")).isEqualTo(uid);
      assertThat(value(event(cancel), "SEQUENCE")).isEqualTo("2");
    }
    assertProblem(
        winner.lead().client().get("/api/accelerator/applications/" + winner.id() + "/interview"),
        404);
    assertProblem(
        winner
            .lead()
            .client()
            .delete("/api/accelerator/applications/" + winner.id() + "/interview"),
        404);

    // Bad input and outsiders change nothing.
    assertFieldError(book(loser.lead(), loser, Instant.parse("2020-01-01T10:00:00Z")), "start");
    assertFieldError(
        loser
            .lead()
            .client()
            .putJson(
                "/api/accelerator/applications/" + loser.id() + "/interview",
                Json.createObjectBuilder().add("start", "tomorrow at ten").build()),
        "start");
    assertFieldError(
        loser
            .lead()
            .client()
            .get(
                "/api/accelerator/applications/"
                    + loser.id()
                    + "/interview-slots?tz=Mars/Olympus_Mons"),
        "tz");
    assertProblem(book(notListed.lead(), notListed, contested), 409);
    assertProblem(book(winner.lead(), loser, contested), 403);
    assertProblem(
        new Client(base).get("/api/accelerator/applications/" + loser.id() + "/interview-slots"),
        401);
    assertFieldError(
        staff()
            .putJson(
                "/api/admin/accelerator/applications/" + loser.id() + "/shortlist",
                Json.createObjectBuilder().build()),
        "shortlisted");
    assertProblem(
        loser
            .lead()
            .client()
            .putJson(
                "/api/admin/accelerator/applications/" + loser.id() + "/shortlist",
                Json.createObjectBuilder().add("shortlisted", true).build()),
        403);
    assertThat(freeSlots(loser)).hasSize(4);

    // Off the shortlist, the interview is called off.
    assertThat(book(loser.lead(), loser, contested).status()).isEqualTo(200);
    Answer unlisted =
        staff()
            .putJson(
                "/api/admin/accelerator/applications/" + loser.id() + "/shortlist",
                Json.createObjectBuilder().add("shortlisted", false).build());
    assertThat(unlisted.status()).isEqualTo(200);
    assertThat(absent(unlisted.json(), "interview")).isTrue();
    assertThat(
            value(
                parse(calendarPart(Mailbox.await(loser.lead().email(), "Cancelled: interview"))),
                "METHOD"))
        .isEqualTo("CANCEL");
    assertProblem(
        loser
            .lead()
            .client()
            .get("/api/accelerator/applications/" + loser.id() + "/interview-slots"),
        409);
  }

  // The self-paced track

  @Test
  void track_keepsProgressForTheSignedIn_andShowsEveryoneTheGuides() {
    Cohort c = cohort();
    String path = "/api/accelerator/tracks/" + c.programme();
    Answer anonymous = new Client(base).get(path);
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(200);
    assertThat(anonymous.json().getBoolean("signedIn")).isFalse();
    List<JsonObject> guides = anonymous.json().getJsonArray("guides").getValuesAs(JsonObject.class);
    assertThat(guides).isNotEmpty();
    assertThat(guides).allSatisfy(g -> assertThat(g.getString("title")).isNotBlank());
    assertThat(guides).allSatisfy(g -> assertThat(g.getString("link")).startsWith("/guides/"));
    String slug = guides.get(1).getString("slug");

    Person reader = person("reader");
    Answer read = reader.client().put(path + "/guides/" + slug);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getInt("read")).isEqualTo(1);
    assertThat(reader.client().put(path + "/guides/" + slug).json().getInt("read")).isEqualTo(1);
    JsonObject mine = reader.client().get(path).json();
    assertThat(mine.getBoolean("signedIn")).isTrue();
    assertThat(mine.getJsonArray("guides").getJsonObject(1).getBoolean("read")).isTrue();
    assertThat(mine.getJsonArray("guides").getJsonObject(0).getBoolean("read")).isFalse();

    assertProblem(reader.client().put(path + "/guides/not-in-this-track"), 404);
    assertProblem(new Client(base).put(path + "/guides/" + slug), 401);
    assertProblem(new Client(base).get("/api/accelerator/tracks/no-such-programme"), 404);
    assertThat(reader.client().get(path).json().getInt("read")).isEqualTo(1);

    Answer unread = reader.client().delete(path + "/guides/" + slug);
    assertThat(unread.status()).isEqualTo(200);
    assertThat(unread.json().getInt("read")).isZero();
  }

  // Pages, as a browser without script uses them

  @Test
  void teamPage_marksMilestonesAndChecksIn_withoutScript() {
    Cohort c = cohort();
    Team a = confirmed(c, "Cinema Co-op", false);
    Client browser = a.lead().client();
    String page = "/accelerator/teams/" + a.id();

    Answer shown = browser.get(page + "?tz=America/New_York");
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    Document html = Jsoup.parse(shown.body());
    assertThat(html.select("h1").text()).isEqualTo("Cinema Co-op");
    assertThat(html.getElementById("shown-zone").text()).isEqualTo("America/New_York");
    assertThat(html.getElementById("feed-url").attr("href")).contains("/calendars/participants/");
    assertThat(html.select("label[for=progress]")).isNotEmpty();
    Element milestoneForm = html.select("form:has(input[name=milestoneId])").first();
    assertThat(milestoneForm).isNotNull();

    Answer marked =
        PageForm.on(shown.body(), milestoneForm.id())
            .set("note", "All signed")
            .submit(browser, milestoneForm.select("input[type=submit]").attr("name"));
    assertThat(marked.status()).as(marked.toString()).isEqualTo(302);
    Document after = Jsoup.parse(browser.follow(marked).body());
    assertThat(after.select(".milestone-list li").first().text()).contains("done", "All signed");

    Answer empty =
        PageForm.on(browser.get(page).body(), "checkin")
            .set("progress", "")
            .submit(browser, "saveCheckIn");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(Jsoup.parse(empty.body()).getElementById("progress-error").text())
        .contains("Say how the last fortnight went");
    Answer checkedIn =
        PageForm.on(browser.get(page).body(), "checkin")
            .set("progress", "We opened the doors.")
            .submit(browser, "saveCheckIn");
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(302);
    Document withCheckIn = Jsoup.parse(browser.follow(checkedIn).body());
    assertThat(withCheckIn.select(".checkin").text()).contains("We opened the doors.");
    assertThat(withCheckIn.getElementById("progress").text()).isEqualTo("We opened the doors.");
    assertThat(withCheckIn.getElementById("checkin-due")).isNull();

    assertThat(person("nosy").client().get(page).status()).isEqualTo(403);
    Answer anonymous = new Client(base).get(page);
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/signin"));
  }

  @Test
  void interviewPage_booksAFreeTimeWithAButton_andCancelsIt() {
    Cohort c = cohort();
    Team a = submitted(c, "Laundry Co-op", false);
    shortlist(a);
    Client browser = a.lead().client();
    String page = "/accelerator/applications/" + a.id() + "/interview";

    Answer shown = browser.get(page + "?tz=Asia/Kolkata");
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    Document html = Jsoup.parse(shown.body());
    assertThat(html.getElementById("shown-zone").text()).isEqualTo("Asia/Kolkata");
    // The panel's 10:00 to 12:00 in London, as read in Kolkata (15:30 to 17:30 in winter).
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    List<String> times = new ArrayList<>();
    for (int minutes = 0; minutes < 120; minutes += 30) {
      times.add(
          DateTimeFormatter.ofPattern("HH:mm")
              .format(
                  c.interviewDay()
                      .atTime(10, 0)
                      .plusMinutes(minutes)
                      .atZone(LONDON)
                      .withZoneSameInstant(kolkata)));
    }
    List<Element> buttons = html.select("form.slot-form input[type=submit]");
    assertThat(buttons).extracting(Element::val).containsExactlyElementsOf(times);
    assertThat(buttons.get(0).attr("aria-label"))
        .startsWith("Book ")
        .endsWith(times.get(0) + " (Asia/Kolkata)");
    Element form = buttons.get(1).closest("form");

    Answer booked =
        PageForm.on(shown.body(), form.id()).submit(browser, buttons.get(1).attr("name"));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(302);
    Document after = Jsoup.parse(browser.follow(booked).body());
    assertThat(after.getElementById("booked-when").text())
        .contains(times.get(1) + " to " + times.get(2) + " (Asia/Kolkata)");
    assertThat(after.select("form.slot-form input[type=submit]"))
        .extracting(Element::val)
        .doesNotContain(times.get(1));
    Mailbox.await(a.lead().email(), "Interview for " + c.name());

    String again = browser.get(page).body();
    Answer cancelled = PageForm.on(again, "cancel").submit(browser, "cancelInterview");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(302);
    assertThat(Jsoup.parse(browser.follow(cancelled).body()).getElementById("booked-when"))
        .isNull();
    Mailbox.await(a.lead().email(), "Cancelled: interview");

    assertThat(person("other").client().get(page).status()).isEqualTo(403);
  }

  @Test
  void trackAndMentoringPages_workWithoutScript() {
    Cohort c = cohort();
    String page = "/accelerator/tracks/" + c.programme();
    Document anonymous = Jsoup.parse(new Client(base).get(page).body());
    assertThat(anonymous.select("ol.track li a[href^=/guides/]")).isNotEmpty();
    assertThat(anonymous.getElementById("sign-in-invitation").select("a").attr("href"))
        .startsWith("/signin?next=");
    assertThat(anonymous.select("ol.track form")).isEmpty();

    Person reader = person("page-reader");
    String html = reader.client().get(page).body();
    Element first = Jsoup.parse(html).select("ol.track li form").first();
    Answer marked =
        PageForm.on(html, first.id())
            .submit(reader.client(), first.select("input[type=submit]").attr("name"));
    assertThat(marked.status()).as(marked.toString()).isEqualTo(302);
    Document after = Jsoup.parse(reader.client().follow(marked).body());
    assertThat(after.getElementById("progress").text()).startsWith("1 of ");
    assertThat(after.select("ol.track li").first().select("input[type=submit]").val())
        .isEqualTo("Not read yet");

    Team t = confirmed(c, "Garden Co-op", false);
    Person mentor = mentor(t);
    Document mentoring = Jsoup.parse(mentor.client().get("/accelerator/mentoring").body());
    assertThat(mentoring.select("a[href=/accelerator/teams/" + t.id() + "]").text())
        .isEqualTo("Garden Co-op");
    assertThat(mentoring.select(".badge-warn").text()).contains("quiet");
    Document asMentor = Jsoup.parse(mentor.client().get("/accelerator/teams/" + t.id()).body());
    assertThat(asMentor.getElementById("note")).isNotNull();
    assertThat(asMentor.getElementById("checkin")).isNull();
    assertThat(asMentor.getElementById("feed-url")).isNull();
  }

  // Reading mails and calendars

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
}
