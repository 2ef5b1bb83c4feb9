package coop.seedbed.accelerator;

import static coop.seedbed.testing.Calendars.calendarPart;
import static coop.seedbed.testing.Calendars.event;
import static coop.seedbed.testing.Calendars.parse;
import static coop.seedbed.testing.Calendars.value;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.shared.Slugs;
import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.OwnDeploymentsLast.OwnDeployment;
import coop.seedbed.testing.PageForm;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.TestClock;
import coop.seedbed.testing.browser.Browser;
import coop.seedbed.testing.browser.SignInPage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The accelerator over HTTP against the real WAR, with real mail at GreenMail: a cohort from its
 * call to its decisions, places that hold under thirty concurrent accepts, blind review that shows
 * reviewers nothing naming a team, conflicts that keep a reviewer out, offers that lapse to the
 * waitlist, personal data, bad input everywhere; then a team and a reviewer through the pages in
 * Chromium. Each test makes its own programme and cohort.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment
class AcceleratorIT {

  static final java.time.format.DateTimeFormatter CALENDAR_UTC =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.ofItsOwn();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  // Setting up, as staff and people would.

  Client staff() {
    return People.staff(base);
  }

  /** Time as the application tells it: a test here moves its clock forward. */
  LocalDateTime applicationNow() {
    return LocalDateTime.ofInstant(TestClock.now(base), ZoneOffset.UTC);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A programme with a two-criterion rubric on a scale of 5. */
  String programme() {
    String slug = unique("prog");
    JsonArrayBuilder levels = Json.createArrayBuilder();
    for (String level : List.of("absent", "weak", "fair", "good", "excellent")) {
      levels.add(level);
    }
    JsonArray lv = levels.build();
    Answer created =
        staff()
            .postJson(
                "/api/admin/accelerator/programmes",
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add("name", "Programme " + slug)
                    .add("audience", "New **worker** co-ops")
                    .add("offer", "Twelve weeks of support")
                    .add("criteria", "A team that can do it, and a real co-op")
                    .add(
                        "rubric",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("name", "Team")
                                    .add("weight", 2)
                                    .add("description", "Can they do it?")
                                    .add("levels", lv))
                            .add(
                                Json.createObjectBuilder()
                                    .add("name", "Co-op fit")
                                    .add("weight", 1)
                                    .add("levels", lv)))
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return slug;
  }

  /** A cohort open now, closing in a day, with an eligibility stop, text, choice and file. */
  JsonObject cohort(String programme, int capacity, boolean blind) {
    String slug = unique("cohort");
    LocalDateTime now = applicationNow().truncatedTo(ChronoUnit.MINUTES);
    Answer created =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts",
                Json.createObjectBuilder()
                    .add("programme", programme)
                    .add("slug", slug)
                    .add("name", "Cohort " + slug)
                    .add("startsOn", "2027-03-01")
                    .add("endsOn", "2027-06-01")
                    .add("capacity", capacity)
                    .add("timeZone", "Europe/London")
                    .add("opens", now.minusHours(2).toString())
                    .add("closes", now.plusDays(1).toString())
                    .add("reviewsPerApplication", 2)
                    .add("blind", blind)
                    .add("faq", "**Can a sole trader apply?** No: co-ops are teams.")
                    .add(
                        "questions",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("kind", "eligibility")
                                    .add("label", "Are at least two of you founding it together?")
                                    .add("stopAnswer", "no")
                                    .add(
                                        "stopReason",
                                        "This programme is for teams of two or more."))
                            .add(
                                Json.createObjectBuilder()
                                    .add("kind", "long-text")
                                    .add("label", "What problem do you solve?")
                                    .add("wordLimit", 40))
                            .add(
                                Json.createObjectBuilder()
                                    .add("kind", "single-choice")
                                    .add("label", "Stage")
                                    .add(
                                        "options",
                                        Json.createArrayBuilder().add("idea").add("trading")))
                            .add(
                                Json.createObjectBuilder()
                                    .add("kind", "file")
                                    .add("label", "Pitch deck")
                                    .add("required", false)))
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Client(base).get("/api/accelerator/cohorts/" + slug).json();
  }

  static String code(JsonObject cohort, String kind) {
    return cohort.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow()
        .getString("code");
  }

  record Team(Client client, String email, String name, long id, String project) {}

  /** "yes" to every eligibility question the cohort asks. */
  static JsonObject eligibleAnswers(JsonObject cohort) {
    JsonObjectBuilder answers = Json.createObjectBuilder();
    cohort.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getString("kind").equals("eligibility"))
        .forEach(q -> answers.add(q.getString("code"), "yes"));
    return answers.build();
  }

  /** A verified person who starts a draft for their team, past the eligibility question. */
  Team team(JsonObject cohort, String project, String domain) {
    String email = Mailbox.newAddress("lead").replace("@it.example", "@" + domain);
    String name = "Lead " + project.replace(" ", "");
    Client client = People.verified(base, email);
    Answer started =
        client.postJson(
            "/api/accelerator/cohorts/" + cohort.getString("slug") + "/applications",
            Json.createObjectBuilder()
                .add("projectName", project)
                .add("name", name)
                .add("eligibility", eligibleAnswers(cohort))
                .build());
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    return new Team(client, email, name, started.json().getJsonNumber("id").longValue(), project);
  }

  Answer save(Team t, JsonObject cohort, String summary, String sector, String website) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("projectName", t.project())
            .add("summary", summary)
            .add("sector", sector)
            .add("topics", Json.createArrayBuilder().add("bakery").add("retail"))
            .add(
                "answers",
                Json.createObjectBuilder()
                    .add(code(cohort, "eligibility"), "yes")
                    .add(
                        code(cohort, "long-text"),
                        "Bread costs too much and bakers earn too little.")
                    .add(code(cohort, "single-choice"), "idea"));
    if (website != null) {
      body.add("website", website);
    }
    return t.client().putJson("/api/accelerator/applications/" + t.id(), body.build());
  }

  Team submitted(JsonObject cohort, String project, String domain) {
    Team t = team(cohort, project, domain);
    Answer saved = save(t, cohort, "A bakery owned by its bakers.", "food", null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    Answer submitted =
        t.client().postJson("/api/accelerator/applications/" + t.id() + "/submission", "");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return t;
  }

  record Reviewer(Client client, String email) {}

  Reviewer reviewer(JsonObject cohort, String domain, String sector) {
    String email = Mailbox.newAddress("reviewer").replace("@it.example", "@" + domain);
    Client client = People.verified(base, email);
    Answer role = staff().put("/api/admin/accounts/" + email + "/roles/reviewer");
    assertThat(role.status()).as(role.toString()).isEqualTo(200);
    Answer panel =
        staff()
            .putJson(
                "/api/admin/accelerator/cohorts/"
                    + cohort.getString("slug")
                    + "/reviewers/"
                    + email,
                Json.createObjectBuilder()
                    .add("sectors", Json.createArrayBuilder().add(sector))
                    .add("topics", Json.createArrayBuilder().add("bakery"))
                    .build());
    assertThat(panel.status()).as(panel.toString()).isEqualTo(200);
    return new Reviewer(client, email);
  }

  JsonObject assign(JsonObject cohort) {
    Answer report =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/assignment", "{}");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report.json();
  }

  List<JsonObject> assignments(Reviewer r) {
    Answer list = r.client().get("/api/accelerator/reviews");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().getValuesAs(JsonObject.class);
  }

  Answer score(Reviewer r, long review, JsonObject cohort, int team, int fit, boolean submit) {
    JsonArray rubric = cohort.getJsonArray("rubric");
    return r.client()
        .putJson(
            "/api/accelerator/reviews/" + review,
            Json.createObjectBuilder()
                .add(
                    "scores",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add(
                                    "criterion",
                                    rubric.getJsonObject(0).getJsonNumber("id").longValue())
                                .add("score", team)
                                .add("confidence", 3)
                                .add("comment", "Strong bakers"))
                        .add(
                            Json.createObjectBuilder()
                                .add(
                                    "criterion",
                                    rubric.getJsonObject(1).getJsonNumber("id").longValue())
                                .add("score", fit)
                                .add("confidence", 2)))
                .add("submit", submit)
                .build());
  }

  Answer decide(long application, String decision, String respondBy) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("decision", decision);
    if (respondBy != null) {
      body.add("respondBy", respondBy);
    }
    return staff()
        .postJson("/api/admin/accelerator/applications/" + application + "/decision", body.build());
  }

  Answer closeWindow(JsonObject cohort, LocalDateTime closes) {
    return staff()
        .putJson(
            "/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/window",
            Json.createObjectBuilder().add("closes", closes.toString()).build());
  }

  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    assertThat(answer.json().getString("detail")).isNotBlank();
  }

  // The journey.

  @Test
  void aCohort_fromCallToDecisions_withMailAndTheRanking() throws Exception {
    String programme = programme();
    JsonObject cohort = cohort(programme, 1, true);
    String slug = cohort.getString("slug");

    Answer calls = new Client(base).get("/api/accelerator/cohorts");
    assertThat(calls.jsonArray().toString()).contains(slug);
    Document page =
        Jsoup.parse(new Client(base).get("/accelerator/" + slug + "?tz=Pacific/Auckland").body());
    assertThat(page.select("h1").text()).isEqualTo("Cohort " + slug);
    assertThat(page.text())
        .contains("(Europe/London)", "(Pacific/Auckland)", "Can a sole trader apply?", "Co-op fit");

    // An eligibility "no" stops an application before anything is written.
    Client stopped = People.verified(base, Mailbox.newAddress("solo"));
    Answer refused =
        stopped.postJson(
            "/api/accelerator/cohorts/" + slug + "/applications",
            Json.createObjectBuilder()
                .add("projectName", "Solo")
                .add("name", "Solo Founder")
                .add(
                    "eligibility",
                    Json.createObjectBuilder().add(code(cohort, "eligibility"), "no"))
                .build());
    assertProblem(refused, 422);
    assertThat(refused.json().getString("detail"))
        .isEqualTo("This programme is for teams of two or more.");
    assertThat(stopped.get("/api/accelerator/applications").jsonArray()).isEmpty();

    Team bread = submitted(cohort, "Bread Co-op", "bread.example");
    Team bikes = submitted(cohort, "Bike Couriers", "bikes.example");
    Team late = team(cohort, "Late Starters", "late.example");
    MimeMessage copy = Mailbox.await(bread.email(), "Submitted: Bread Co-op");
    assertThat(Mailbox.text(copy)).contains("Bread costs too much", "What problem do you solve?");

    // The deadline is in everyone's calendar feed of deadlines, at the instant it means.
    Calendar deadlines = parse(new Client(base).get("/calendars/accelerator/deadlines.ics").body());
    assertThat(deadlines.getComponents("VEVENT").stream().map(e -> (VEvent) e))
        .anySatisfy(
            e -> {
              assertThat(value(e, "SUMMARY")).contains(cohort.getString("name"));
              assertThat(value(e, "DTSTART"))
                  .isEqualTo(CALENDAR_UTC.format(Instant.parse(cohort.getString("closesAt"))));
            });

    // The deadline passes: the third team can neither change nor submit its draft.
    LocalDateTime past = applicationNow().minusMinutes(1).withSecond(0).withNano(0);
    assertThat(closeWindow(cohort, past).status()).isEqualTo(200);
    assertProblem(
        late.client().postJson("/api/accelerator/applications/" + late.id() + "/submission", ""),
        409);
    assertProblem(save(late, cohort, "Too late", "food", null), 409);
    assertThat(
            late.client()
                .get("/api/accelerator/applications/" + late.id())
                .json()
                .getString("status"))
        .isEqualTo("draft");
    Document latePage =
        Jsoup.parse(late.client().get("/accelerator/applications/" + late.id()).body());
    assertThat(latePage.text()).contains("The window is closed");
    assertThat(latePage.select("form#draft")).isEmpty();

    // The panel, the optimal assignment, and reviews.
    List<Reviewer> panel = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      panel.add(reviewer(cohort, "panel.example", i == 2 ? "transport" : "food"));
    }
    JsonObject report = assign(cohort);
    assertThat(report.getInt("applications")).isEqualTo(2);
    assertThat(report.getInt("added")).isEqualTo(4);
    assertThat(report.getJsonArray("loads").getValuesAs(JsonObject.class))
        .allSatisfy(l -> assertThat(l.getInt("load")).isBetween(1, 2));
    MimeMessage assigned = Mailbox.await(panel.get(0).email(), "to review for");
    assertThat(Mailbox.text(assigned))
        .contains("A-")
        .doesNotContain("Bread Co-op", "Bike Couriers");

    int[] teamScores = {5, 4, 2, 3};
    int n = 0;
    boolean checkedOthers = false;
    for (Reviewer r : panel) {
      for (JsonObject a : assignments(r)) {
        long id = a.getJsonNumber("id").longValue();
        JsonObject before = r.client().get("/api/accelerator/reviews/" + id).json();
        assertThat(before.containsKey("others")).as("others' scores before submitting").isFalse();
        Answer saved = score(r, id, cohort, teamScores[n % 4], 4, true);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        if (saved.json().getJsonArray("others").size() == 1) {
          checkedOthers = true;
        }
        assertProblem(score(r, id, cohort, 1, 1, true), 409);
        n++;
      }
    }
    assertThat(n).isEqualTo(4);
    assertThat(checkedOthers).as("the second reviewer sees the first's scores").isTrue();

    JsonObject ranking = staff().get("/api/admin/accelerator/cohorts/" + slug + "/ranking").json();
    List<JsonObject> rows = ranking.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(rows).as("submitted applications; the late draft is not ranked").hasSize(2);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.getInt("reviews")).isEqualTo(2);
              assertThat(
                      row.containsKey("mean")
                          && row.containsKey("median")
                          && row.containsKey("spread"))
                  .isTrue();
            });
    JsonObject progress =
        staff().get("/api/admin/accelerator/cohorts/" + slug + "/progress").json();
    assertThat(progress.getJsonArray("reviewers").getValuesAs(JsonObject.class))
        .allSatisfy(p -> assertThat(p.getInt("done")).isEqualTo(p.getInt("assigned")));

    // Decisions: one place. The second acceptance is refused; waitlisted teams move up.
    long first = rows.get(0).getJsonNumber("id").longValue();
    long second = rows.get(1).getJsonNumber("id").longValue();
    Team firstTeam = first == bread.id() ? bread : bikes;
    Team secondTeam = first == bread.id() ? bikes : bread;
    assertThat(decide(first, "accept", null).status()).isEqualTo(200);
    assertProblem(decide(second, "accept", null), 409);
    assertThat(decide(second, "waitlist", null).status()).isEqualTo(200);
    Mailbox.await(firstTeam.email(), "A place in");
    MimeMessage waiting = Mailbox.await(secondTeam.email(), "is on the waiting list");
    assertThat(Mailbox.text(waiting)).contains("/accelerator/applications/" + secondTeam.id());

    // The first team turns its place down: it goes to the team waiting, who are told.
    Answer turnedDown =
        firstTeam
            .client()
            .postJson(
                "/api/accelerator/applications/" + firstTeam.id() + "/response",
                Json.createObjectBuilder().add("accept", false).build());
    assertThat(turnedDown.status()).as(turnedDown.toString()).isEqualTo(200);
    assertThat(turnedDown.json().getString("decision")).isEqualTo("refused");
    assertThat(turnedDown.json().getJsonObject("nextSteps").getString("track"))
        .isEqualTo("/accelerator/tracks/" + programme);
    Mailbox.await(secondTeam.email(), "A place in");
    JsonObject offered =
        secondTeam.client().get("/api/accelerator/applications/" + secondTeam.id()).json();
    assertThat(offered.getString("decision")).isEqualTo("offered");
    Answer taken =
        secondTeam
            .client()
            .postJson(
                "/api/accelerator/applications/" + secondTeam.id() + "/response",
                Json.createObjectBuilder().add("accept", true).build());
    assertThat(taken.json().getString("decision")).isEqualTo("confirmed");

    // The confirmed team's first session reaches it as an invite, and the cohort's feed has it.
    Answer session =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/" + slug + "/sessions",
                Json.createObjectBuilder()
                    .add("kind", "workshop")
                    .add("title", "Members' agreements")
                    .add("description", "Bring your draft.")
                    .add(
                        "start",
                        TestClock.now(base)
                            .plus(Duration.ofDays(3))
                            .truncatedTo(ChronoUnit.HOURS)
                            .toString())
                    .add(
                        "end",
                        TestClock.now(base)
                            .plus(Duration.ofDays(3))
                            .truncatedTo(ChronoUnit.HOURS)
                            .plus(Duration.ofHours(1))
                            .toString())
                    .add("callUrl", "https://call.example/agreements")
                    .build());
    assertThat(session.status()).as(session.toString()).isIn(200, 201);
    Calendar invite = parse(calendarPart(Mailbox.await(secondTeam.email(), "Members' agreements")));
    assertThat(value(invite, "METHOD")).isEqualTo("REQUEST");
    Calendar feed = parse(new Client(base).get("/calendars/cohorts/" + slug + ".ics").body());
    assertThat(value(event(feed), "SUMMARY")).contains("Members' agreements");
    assertThat(value(event(feed), "UID")).isEqualTo(value(event(invite), "UID"));

    // A decline keeps the ways on in its mail, whatever staff wrote.
    Answer declined = decide(late.id(), "decline", null);
    assertProblem(declined, 409);

    // Every decision is on the record, with who made it.
    JsonObject export =
        staff().get("/api/admin/accelerator/cohorts/" + slug + "/export.json").json();
    List<JsonObject> exported = export.getJsonArray("applications").getValuesAs(JsonObject.class);
    JsonObject firstExport =
        exported.stream().filter(a -> a.getInt("id") == first).findFirst().orElseThrow();
    assertThat(firstExport.getJsonArray("decisions").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("decision") + " by " + d.getString("by"))
        .containsExactly("offered by admin token", "refused by the team");
    assertThat(firstExport.getJsonArray("reviews")).hasSize(2);
    String csv = staff().get("/api/admin/accelerator/cohorts/" + slug + "/export.csv").body();
    assertThat(csv.lines().count()).isEqualTo(3);
    assertThat(csv).contains("Bread Co-op", "Bike Couriers", "spread", "refused", "confirmed");
  }

  @Test
  void thirtyConcurrentAccepts_forFivePlaces_acceptExactlyFive() throws Exception {
    JsonObject cohort = cohort(programme(), 5, false);
    ExecutorService pool = Executors.newFixedThreadPool(30);
    // Thirty people sign up, confirm their address and apply at the same time, as they might.
    List<Future<Team>> made = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      made.add(pool.submit(() -> submitted(cohort, "Team " + n, "t" + n + ".example")));
    }
    List<Team> teams = new ArrayList<>();
    for (Future<Team> team : made) {
      teams.add(team.get());
    }
    List<Future<Answer>> answers = new ArrayList<>();
    for (Team t : teams) {
      Callable<Answer> accept = () -> decide(t.id(), "accept", null);
      answers.add(pool.submit(accept));
    }
    int accepted = 0;
    int full = 0;
    for (Future<Answer> answer : answers) {
      int status = answer.get().status();
      if (status == 200) {
        accepted++;
      } else {
        assertProblem(answer.get(), 409);
        full++;
      }
    }
    pool.shutdown();
    assertThat(accepted).isEqualTo(5);
    assertThat(full).isEqualTo(25);
    JsonObject ranking =
        staff()
            .get("/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/ranking")
            .json();
    assertThat(ranking.getInt("placesTaken")).isEqualTo(5);
    assertThat(ranking.getJsonArray("rows").getValuesAs(JsonObject.class))
        .filteredOn(r -> "offered".equals(r.getString("decision", null)))
        .hasSize(5);
    JsonObject third =
        staff()
            .get(
                "/api/admin/accelerator/cohorts/"
                    + cohort.getString("slug")
                    + "/ranking?size=10&page=3")
            .json();
    assertThat(third.getInt("total")).isEqualTo(30);
    assertThat(third.getJsonArray("rows").getValuesAs(JsonObject.class))
        .extracting(r -> r.getInt("rank"))
        .containsExactly(21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
  }

  @Test
  void aBlindCohort_showsReviewersNothingThatNamesTheTeam() throws Exception {
    JsonObject cohort = cohort(programme(), 3, true);
    Team t = team(cohort, "Sourdough Collective", "crumb.example");
    Answer saved =
        save(
            t,
            cohort,
            "Sourdough Collective is run by "
                + t.name()
                + " ("
                + t.email()
                + "); see https://www.sourdoughcollective.org.",
            "food",
            "https://www.sourdoughcollective.org");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    String partner = Mailbox.newAddress("partner").replace("@it.example", "@crumb.example");
    Answer invited =
        t.client()
            .postJson(
                "/api/accelerator/applications/" + t.id() + "/members",
                Json.createObjectBuilder()
                    .add("email", partner)
                    .add("name", "Rosalind Proofer")
                    .build());
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    String pitch =
        "Pitch of Sourdough Collective. Founders: "
            + t.name()
            + " and Rosalind Proofer. Mail "
            + t.email()
            + " or visit sourdoughcollective.org to taste our loaves.";
    Answer uploaded =
        t.client()
            .send(
                t.client()
                    .request(
                        "/api/accelerator/applications/"
                            + t.id()
                            + "/files/"
                            + code(cohort, "file")
                            + "?name=sourdough-collective-pitch.txt")
                    .header("Content-Type", "text/plain")
                    .PUT(HttpRequest.BodyPublishers.ofString(pitch)));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
    assertThat(
            t.client()
                .postJson("/api/accelerator/applications/" + t.id() + "/submission", "")
                .status())
        .isEqualTo(200);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                t.client()
                    .get("/api/accelerator/applications/" + t.id())
                    .json()
                    .getJsonArray("files")
                    .getJsonObject(0)
                    .getString("status")
                    .equals("READY"));

    List<Reviewer> panel =
        List.of(
            reviewer(cohort, "panel.example", "food"), reviewer(cohort, "panel.example", "food"));
    assign(cohort);
    List<String> secrets =
        List.of(
            "Sourdough",
            "sourdough",
            t.name(),
            "Rosalind",
            "Proofer",
            t.email(),
            partner,
            "crumb.example",
            "sourdoughcollective",
            "LeadSourdoughCollective");
    for (Reviewer r : panel) {
      List<String> seen = new ArrayList<>();
      Answer list = r.client().get("/api/accelerator/reviews");
      seen.add(list.body());
      Answer found = r.client().get("/api/accelerator/reviews?q=loaves");
      assertThat(found.jsonArray()).as("the file's text is searchable").hasSize(1);
      seen.add(found.body());
      long id = list.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
      Answer review = r.client().get("/api/accelerator/reviews/" + id);
      assertThat(
              review
                  .json()
                  .getJsonObject("application")
                  .getJsonArray("files")
                  .getJsonObject(0)
                  .getString("text"))
          .contains("to taste our loaves");
      seen.add(review.body());
      seen.add(r.client().get("/accelerator/reviews/" + id).body());
      seen.add(r.client().get("/accelerator/reviews").body());
      assertProblem(
          r.client().get("/api/accelerator/reviews/" + id + "/files/" + code(cohort, "file")), 403);
      seen.add(score(r, id, cohort, 4, 4, true).body());
      for (MimeMessage mail : Mailbox.all(r.email())) {
        seen.add(mail.getSubject() + "\n" + Mailbox.text(mail));
      }
      for (String text : seen) {
        for (String secret : secrets) {
          assertThat(text).as("a reviewer's view").doesNotContainIgnoringCase(secret);
        }
      }
    }
  }

  @Test
  void aReviewerWithAConflict_isNeverAssigned_andIsRefusedTheApplication() {
    JsonObject cohort = cohort(programme(), 3, false);
    Team same = submitted(cohort, "Colleagues Co-op", "acme-coop.example");
    Team other = submitted(cohort, "Strangers Co-op", "elsewhere.example");
    Reviewer colleague = reviewer(cohort, "acme-coop.example", "food");
    Reviewer gmail = reviewer(cohort, "gmail.com", "food");
    Reviewer third = reviewer(cohort, "panel.example", "transport");
    assign(cohort);
    List<String> colleagueHas =
        assignments(colleague).stream().map(a -> a.getString("reference")).toList();
    assertThat(colleagueHas).containsExactly("A-" + other.id());
    assertThat(assignments(gmail)).hasSize(2);

    // Staff cannot give it to them by hand either.
    Answer fixed =
        staff()
            .put(
                "/api/admin/accelerator/applications/"
                    + same.id()
                    + "/reviewers/"
                    + colleague.email());
    assertProblem(fixed, 409);
    assertThat(fixed.json().getString("detail"))
        .contains("the same e-mail domain", "acme-coop.example");

    // A conflict that arises after assignment keeps the reviewer out of the application (403).
    long reviewOfOther =
        assignments(third).stream()
            .filter(a -> a.getString("reference").equals("A-" + other.id()))
            .findFirst()
            .map(a -> a.getJsonNumber("id").longValue())
            .orElseGet(
                () -> {
                  Answer pinned =
                      staff()
                          .put(
                              "/api/admin/accelerator/applications/"
                                  + other.id()
                                  + "/reviewers/"
                                  + third.email());
                  assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
                  return assignments(third).stream()
                      .filter(a -> a.getString("reference").equals("A-" + other.id()))
                      .findFirst()
                      .orElseThrow()
                      .getJsonNumber("id")
                      .longValue();
                });
    Answer declared =
        third
            .client()
            .postJson(
                "/api/accelerator/applications/" + other.id() + "/conflicts",
                Json.createObjectBuilder()
                    .add("reason", "I mentored their founder last year.")
                    .build());
    assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
    assertProblem(third.client().get("/api/accelerator/reviews/" + reviewOfOther), 404);
    assertProblem(
        third
            .client()
            .postJson(
                "/api/accelerator/applications/" + other.id() + "/conflicts",
                Json.createObjectBuilder().add("reason", "Again").build()),
        409);
    JsonObject export =
        staff()
            .get("/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/export.json")
            .json();
    assertThat(export.getJsonArray("conflicts").toString())
        .contains("I mentored their founder last year.", "declared", "found", colleague.email());

    // The colleague had the other application; a partner from their firm now joins that team.
    long colleagueReview = assignments(colleague).get(0).getJsonNumber("id").longValue();
    assertThat(colleague.client().get("/api/accelerator/reviews/" + colleagueReview).status())
        .isEqualTo(200);
    JsonObject reopened = closeAndReopen(cohort);
    String partner = Mailbox.newAddress("partner").replace("@it.example", "@acme-coop.example");
    Answer invited =
        other
            .client()
            .postJson(
                "/api/accelerator/applications/" + other.id() + "/members",
                Json.createObjectBuilder()
                    .add("email", partner)
                    .add("name", "Pat Partner")
                    .build());
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    String token = invitationToken(Mailbox.text(Mailbox.await(partner, "invites you to apply")));
    Client partnerClient = People.verified(base, partner);
    Answer joined =
        partnerClient.postJson(
            "/api/accelerator/invitations/" + token,
            Json.createObjectBuilder().add("accept", true).build());
    assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
    Answer refused = colleague.client().get("/api/accelerator/reviews/" + colleagueReview);
    assertProblem(refused, 403);
    assertThat(refused.json().getString("detail")).contains("conflict of interest");
    Answer refusedPage = colleague.client().get("/accelerator/reviews/" + colleagueReview);
    assertThat(refusedPage.status()).isEqualTo(403);
    assertThat(refusedPage.body()).doesNotContain("Strangers Co-op");
    assertThat(reopened).isNotNull();
  }

  /** The window open again for an hour, so a team may change its application. */
  JsonObject closeAndReopen(JsonObject cohort) {
    Answer window =
        staff()
            .putJson(
                "/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/window",
                Json.createObjectBuilder()
                    .add("closes", applicationNow().plusHours(1).withNano(0).toString())
                    .add("timeZone", "UTC")
                    .build());
    assertThat(window.status()).as(window.toString()).isEqualTo(200);
    return window.json();
  }

  static String invitationToken(String mail) {
    Matcher matcher = Pattern.compile("/accelerator/invitation/([A-Za-z0-9_-]+)").matcher(mail);
    assertThat(matcher.find()).as(mail).isTrue();
    return matcher.group(1);
  }

  @Test
  void anOfferNotTakenUp_lapsesToTheWaitlist_andALateReviewerIsRemindedOnce() {
    JsonObject cohort = cohort(programme(), 1, false);
    Team offered = submitted(cohort, "Slow Answerers", "slow.example");
    Team waiting = submitted(cohort, "Next In Line", "next.example");
    Reviewer r = reviewer(cohort, "panel.example", "food");
    reviewer(cohort, "panel.example", "food");
    // Planned from the application's clock, which this test moves instead of waiting; the other
    // tests here plan from it too.
    Instant now = TestClock.now(base);
    Answer report =
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/assignment",
                Json.createObjectBuilder()
                    .add("dueAt", now.plus(Duration.ofMinutes(10)).toString())
                    .build());
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    Answer offer = decide(offered.id(), "accept", now.plus(Duration.ofMinutes(20)).toString());
    assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
    assertThat(decide(waiting.id(), "waitlist", null).status()).isEqualTo(200);
    int reviews = assignments(r).size();

    // Past the reviews' due time, before the offer's respond-by time.
    advanceTo(now.plus(Duration.ofMinutes(15)));
    assertThat(lateReminders(r)).isEqualTo(reviews);
    assertThat(decision(offered)).isEqualTo("offered");
    assertThat(decision(waiting)).isEqualTo("waitlisted");

    advanceTo(now.plus(Duration.ofMinutes(21)));
    assertThat(decision(offered)).isEqualTo("lapsed");
    assertThat(decision(waiting)).isEqualTo("offered");
    Mailbox.await(offered.email(), "has gone to another team");
    assertProblem(
        offered
            .client()
            .postJson(
                "/api/accelerator/applications/" + offered.id() + "/response",
                Json.createObjectBuilder().add("accept", true).build()),
        409);

    // Exactly one reminder per late review, however many times the schedule runs.
    for (int i = 0; i < 3; i++) {
      TestClock.advance(base, Duration.ofMinutes(2));
    }
    assertThat(lateReminders(r)).isEqualTo(reviews);
  }

  void advanceTo(Instant target) {
    TestClock.advance(base, Duration.between(TestClock.now(base), target));
  }

  static String decision(Team t) {
    return t.client()
        .get("/api/accelerator/applications/" + t.id())
        .json()
        .getString("decision", null);
  }

  static long lateReminders(Reviewer r) {
    return Mailbox.all(r.email()).stream().filter(m -> subject(m).contains("is due")).count();
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPersonsExportAndDeletion_coverTheirApplicationsAndReviews() {
    JsonObject cohort = cohort(programme(), 2, false);
    Team t = submitted(cohort, "Leaving Co-op", "leaving.example");
    Team stays = submitted(cohort, "Staying Co-op", "staying.example");
    Reviewer r = reviewer(cohort, "panel.example", "food");
    reviewer(cohort, "panel.example", "food");
    assign(cohort);
    for (JsonObject a : assignments(r)) {
      assertThat(score(r, a.getJsonNumber("id").longValue(), cohort, 4, 3, true).status())
          .isEqualTo(200);
    }
    JsonObject mine = t.client().get("/api/me/export").json().getJsonObject("accelerator");
    assertThat(mine.getJsonArray("applications").getJsonObject(0).getString("project"))
        .isEqualTo("Leaving Co-op");
    JsonObject reviews = r.client().get("/api/me/export").json().getJsonObject("accelerator");
    assertThat(reviews.getJsonArray("reviews")).hasSize(2);

    Answer deleted =
        r.client()
            .postJson(
                "/api/me/deletion",
                Json.createObjectBuilder().add("confirmEmail", r.email()).build());
    assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
    JsonObject ranking =
        staff()
            .get("/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/ranking")
            .json();
    assertThat(ranking.getJsonArray("rows").getValuesAs(JsonObject.class))
        .allSatisfy(
            row -> assertThat(row.getInt("reviews")).as("reviews stay, anonymous").isEqualTo(1));
    String export =
        staff()
            .get("/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/export.json")
            .body();
    assertThat(export).doesNotContain(r.email()).contains("a former reviewer");

    Answer leaving =
        t.client()
            .postJson(
                "/api/me/deletion",
                Json.createObjectBuilder().add("confirmEmail", t.email()).build());
    assertThat(leaving.status()).as(leaving.toString()).isIn(200, 204);
    String after =
        staff()
            .get("/api/admin/accelerator/cohorts/" + cohort.getString("slug") + "/export.json")
            .body();
    assertThat(after).doesNotContain("Leaving Co-op", t.email()).contains("Staying Co-op");
    assertThat(stays.client().get("/api/accelerator/applications/" + stays.id()).status())
        .isEqualTo(200);
  }

  @Test
  void badInput_onEveryEndpoint_getsProblemJson_andChangesNothing() {
    String programme = programme();
    JsonObject cohort = cohort(programme, 2, true);
    String slug = cohort.getString("slug");
    Team t = submitted(cohort, "Careful Co-op", "careful.example");
    Reviewer r = reviewer(cohort, "panel.example", "food");
    reviewer(cohort, "panel.example", "food");
    assign(cohort);
    long review = assignments(r).get(0).getJsonNumber("id").longValue();
    String before = t.client().get("/api/accelerator/applications/" + t.id()).body();
    String rankingBefore =
        staff().get("/api/admin/accelerator/cohorts/" + slug + "/ranking").body();
    Client anonymous = new Client(base);
    Client stranger = People.verified(base, Mailbox.newAddress("stranger"));
    String app = "/api/accelerator/applications/" + t.id();

    Map<Answer, Integer> cases = new java.util.LinkedHashMap<>();
    cases.put(staff().postJson("/api/admin/accelerator/programmes", "{\"name\":\"\"}"), 422);
    cases.put(staff().postJson("/api/admin/accelerator/programmes", "[1,2]"), 400);
    cases.put(
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts",
                "{\"programme\":\""
                    + programme
                    + "\",\"name\":\"X\",\"startsOn\":\"2027-13-01\",\"endsOn\":\"2027-01-01\",\"capacity\":0,\"timeZone\":\"Mars/Olympus\",\"opens\":\"soon\",\"closes\":\"later\"}"),
        422);
    cases.put(
        staff()
            .postJson(
                "/api/admin/accelerator/cohorts",
                "{\"programme\":\"nope\",\"name\":\"X\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-02-01\",\"capacity\":1,\"timeZone\":\"UTC\",\"opens\":\"2027-01-01T00:00\",\"closes\":\"2026-01-01T00:00\"}"),
        422);
    cases.put(stranger.postJson("/api/admin/accelerator/programmes", "{}"), 403);
    cases.put(anonymous.get("/api/admin/accelerator/cohorts/" + slug + "/ranking"), 401);
    cases.put(
        anonymous.postJson(
            "/api/accelerator/cohorts/" + slug + "/applications",
            "{\"projectName\":\"x\",\"name\":\"y\"}"),
        401);
    cases.put(
        t.client()
            .postJson(
                "/api/accelerator/cohorts/" + slug + "/applications",
                "{\"projectName\":\"Again\",\"name\":\"Me\",\"eligibility\":{\""
                    + code(cohort, "eligibility")
                    + "\":\"yes\"}}"),
        409);
    cases.put(
        t.client()
            .postJson(
                "/api/accelerator/cohorts/no-such-cohort/applications",
                "{\"projectName\":\"x\",\"name\":\"y\"}"),
        404);
    cases.put(
        t.client()
            .putJson(
                app,
                Json.createObjectBuilder()
                    .add("projectName", "Careful Co-op")
                    .add("summary", "x".repeat(3000))
                    .build()),
        422);
    cases.put(
        t.client()
            .putJson(
                app,
                Json.createObjectBuilder()
                    .add("projectName", "Careful Co-op")
                    .add(
                        "answers",
                        Json.createObjectBuilder()
                            .add(code(cohort, "long-text"), "word ".repeat(41)))
                    .build()),
        422);
    cases.put(
        t.client()
            .putJson(
                app,
                Json.createObjectBuilder()
                    .add("projectName", "Careful Co-op")
                    .add(
                        "answers",
                        Json.createObjectBuilder().add(code(cohort, "single-choice"), "unicorn"))
                    .build()),
        422);
    cases.put(
        t.client()
            .putJson(
                app,
                Json.createObjectBuilder()
                    .add("projectName", "Careful Co-op")
                    .add("answers", Json.createObjectBuilder().add("q999999", "x"))
                    .build()),
        422);
    cases.put(
        t.client()
            .putJson(
                app,
                Json.createObjectBuilder()
                    .add("projectName", "Careful Co-op")
                    .add("website", "javascript:alert(1)")
                    .build()),
        422);
    cases.put(t.client().postJson(app, "not json"), 405);
    cases.put(stranger.get(app), 404);
    cases.put(
        stranger.putJson(app, Json.createObjectBuilder().add("projectName", "Mine now").build()),
        404);
    cases.put(anonymous.get(app), 401);
    cases.put(
        t.client().postJson(app + "/members", "{\"email\":\"not-an-address\",\"name\":\"X\"}"),
        422);
    cases.put(t.client().postJson(app + "/response", "{\"accept\":true}"), 409);
    cases.put(t.client().postJson(app + "/response", "{}"), 422);
    cases.put(
        t.client()
            .send(
                t.client()
                    .request(app + "/files/" + code(cohort, "file") + "?name=x.exe")
                    .header("Content-Type", "application/octet-stream")
                    .PUT(
                        HttpRequest.BodyPublishers.ofByteArray(
                            new byte[] {0x4d, 0x5a, 0, 0, 1, 2, 3}))),
        415);
    cases.put(
        t.client()
            .send(
                t.client()
                    .request(app + "/files/" + code(cohort, "long-text") + "?name=a.txt")
                    .header("Content-Type", "text/plain")
                    .PUT(HttpRequest.BodyPublishers.ofString("hello"))),
        422);
    cases.put(stranger.postJson(app + "/conflicts", "{\"reason\":\"x\"}"), 403);
    cases.put(r.client().postJson(app + "/conflicts", "{\"reason\":\"\"}"), 422);
    cases.put(
        r.client()
            .putJson(
                "/api/accelerator/reviews/" + review,
                Json.createObjectBuilder()
                    .add(
                        "scores",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("criterion", 1L << 40)
                                    .add("score", 3)))
                    .build()),
        422);
    cases.put(
        r.client()
            .putJson(
                "/api/accelerator/reviews/" + review,
                Json.createObjectBuilder()
                    .add(
                        "scores",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add(
                                        "criterion",
                                        cohort
                                            .getJsonArray("rubric")
                                            .getJsonObject(0)
                                            .getJsonNumber("id")
                                            .longValue())
                                    .add("score", 9)))
                    .build()),
        422);
    cases.put(
        r.client()
            .putJson(
                "/api/accelerator/reviews/" + review,
                Json.createObjectBuilder().add("submit", true).build()),
        422);
    cases.put(stranger.get("/api/accelerator/reviews/" + review), 403);
    cases.put(r.client().get("/api/accelerator/reviews/abc"), 404);
    cases.put(
        staff()
            .postJson(
                "/api/admin/accelerator/applications/" + t.id() + "/decision",
                "{\"decision\":\"maybe\"}"),
        422);
    cases.put(
        staff()
            .postJson(
                "/api/admin/accelerator/applications/" + t.id() + "/decision",
                "{\"decision\":\"accept\",\"respondBy\":\"yesterday\"}"),
        422);
    cases.put(
        staff()
            .postJson(
                "/api/admin/accelerator/applications/987654321/decision",
                "{\"decision\":\"accept\"}"),
        404);
    cases.put(
        staff()
            .putJson(
                "/api/admin/accelerator/cohorts/" + slug + "/window",
                Json.createObjectBuilder().add("closes", "2020-01-01T00:00").build()),
        422);
    cases.put(
        staff()
            .putJson(
                "/api/admin/accelerator/cohorts/" + slug + "/mail-templates",
                Json.createObjectBuilder().add("decline", "Hello {{password}}").build()),
        422);
    cases.put(
        staff()
            .putJson(
                "/api/admin/accelerator/cohorts/" + slug + "/questions",
                Json.createArrayBuilder().build()),
        409);
    cases.put(
        staff()
            .putJson(
                "/api/admin/accelerator/cohorts/" + slug + "/reviewers/" + t.email(),
                JsonValue.EMPTY_JSON_OBJECT),
        422);
    cases.put(
        staff()
            .put(
                "/api/admin/accelerator/applications/"
                    + t.id()
                    + "/reviewers/nobody@nowhere.example"),
        404);
    for (Map.Entry<Answer, Integer> c : cases.entrySet()) {
      assertProblem(c.getKey(), c.getValue());
    }
    assertThat(t.client().get("/api/accelerator/applications/" + t.id()).body()).isEqualTo(before);
    assertThat(staff().get("/api/admin/accelerator/cohorts/" + slug + "/ranking").body())
        .isEqualTo(rankingBefore);
    assertThat(
            r.client()
                .get("/api/accelerator/reviews/" + review)
                .json()
                .getJsonObject("mine")
                .getJsonArray("scores"))
        .isEmpty();
  }

  @Test
  void aTeamAppliesAndAReviewerScores_throughThePages_inChromium() throws Exception {
    JsonObject cohort = cohort(programme(), 2, true);
    String slug = cohort.getString("slug");
    String email = Mailbox.newAddress("pages");
    People.verified(base, email);
    try (Browser browser = Browser.openNarrowPhone(base)) {
      SignInPage.open(browser).signIn(email, People.PASSWORD);
      browser.go("/accelerator");
      assertThat(browser.accessibilityViolations()).as("/accelerator").isEmpty();
      browser.go("/accelerator/" + slug);
      assertThat(browser.accessibilityViolations()).as("the call").isEmpty();
      browser.click(By.cssSelector("input[value=yes]"));
      browser.driver().findElement(By.id("projectName")).sendKeys("Phone Bakery");
      browser.driver().findElement(By.id("name")).sendKeys("Pip Phone");
      browser.clickAndWait(By.id("begin"));
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("Phone Bakery");
      String applicationUrl = browser.driver().getCurrentUrl();
      assertThat(browser.accessibilityViolations()).as("the draft").isEmpty();
      browser
          .driver()
          .findElement(By.id("summary"))
          .sendKeys("Bread baked by the people who own the oven.");
      browser.driver().findElement(By.id("sector")).sendKeys("food");
      browser.driver().findElement(By.id(code(cohort, "long-text"))).sendKeys("Dear bread.");
      browser.clickAndWait(By.id("save"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("Saved");

      // Come back later, as from another device: the draft is on the server.
      browser.go("/accelerator");
      browser.go(applicationUrl.substring(applicationUrl.indexOf("/accelerator")));
      assertThat(
              browser.driver().findElement(By.id(code(cohort, "long-text"))).getAttribute("value"))
          .isEqualTo("Dear bread.");
      browser.clickAndWait(By.id("submit"));
      assertThat(browser.driver().findElement(By.tagName("main")).getText())
          .contains("Still needed", "An answer to: Stage");
      browser.click(By.cssSelector("input[value=trading]"));
      browser.clickAndWait(By.id("submit"));
      assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Submitted");
      assertThat(browser.accessibilityViolations()).as("the submitted application").isEmpty();
      assertThat(noWiderThanTheScreen(browser)).isTrue();
      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(browser.requestedUrls())
          .filteredOn(url -> url.startsWith("http"))
          .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    }
    Mailbox.await(email, "Submitted: Phone Bakery");

    Reviewer r = reviewer(cohort, "panel.example", "food");
    reviewer(cohort, "panel.example", "food");
    assign(cohort);
    try (Browser browser = Browser.openNarrowPhone(base)) {
      SignInPage.open(browser).signIn(r.email(), People.PASSWORD);
      browser.go("/accelerator/reviews");
      assertThat(browser.accessibilityViolations()).as("the reviewer's list").isEmpty();
      browser.clickAndWait(By.cssSelector("table a"));
      assertThat(browser.driver().findElement(By.tagName("main")).getText())
          .contains("blind review")
          .doesNotContain("Phone Bakery", "Pip Phone", email);
      assertThat(browser.accessibilityViolations()).as("the review").isEmpty();
      for (var criterion : browser.driver().findElements(By.cssSelector("fieldset.criterion"))) {
        criterion.findElements(By.cssSelector("input[type=radio]")).get(3).click();
        new org.openqa.selenium.support.ui.Select(criterion.findElement(By.tagName("select")))
            .selectByValue("3");
      }
      browser.clickAndWait(By.id("submit"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("Review submitted");
      assertThat(noWiderThanTheScreen(browser)).isTrue();
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void staffRunACohortThroughThePages() {
    String email = Mailbox.newAddress("staff");
    Client person = People.verified(base, email);
    assertThat(staff().put("/api/admin/accounts/" + email + "/roles/staff").status())
        .isEqualTo(200);
    assertThat(new Client(base).get("/accelerator/admin").status()).isEqualTo(302);

    String admin = person.get("/accelerator/admin").body();
    String name = unique("Paged programme");
    Answer created =
        PageForm.on(admin, "programme-form")
            .set("name", name)
            .set("audience", "Worker co-ops in their first year")
            .set("offer", "Mentors and a cohort")
            .set("criteria", "Team and fit")
            .set(
                "rubric",
                "Team | 2 | Can they do it\r\n1. weak\r\n2. so-so\r\n3. fair\r\n4. good\r\n5. great\r\n\r\nFit | 1 | Is it a co-op\r\nno\r\nbarely\r\nsome\r\nmostly\r\nfully")
            .submit(person, "create-programme");
    assertThat(created.status()).as(created.toString()).isEqualTo(302);
    assertThat(person.follow(created).body()).contains("Programme created", name);

    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
    String slug = unique("paged");
    PageForm cohortForm = PageForm.on(person.get("/accelerator/admin").body(), "cohort");
    for (int i = 0; i < 8; i++) {
      cohortForm.remove("qidentifying-" + i);
    }
    Answer opened =
        cohortForm
            .set("programme", Slugs.of(name, 80, "programme"))
            .set("cohortName", "Paged cohort")
            .set("slug", slug)
            .set("startsOn", "2027-03-01")
            .set("endsOn", "2027-05-31")
            .set("capacity", "2")
            .set("timeZone", "UTC")
            .set("opens", now.minusHours(1).toString())
            .set("closes", now.plusDays(2).toString())
            .set("qkind-0", "long-text")
            .set("qlabel-0", "What do you bake?")
            .set("qlimit-0", "100")
            .submit(person, "create-cohort");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(302);
    String board = person.follow(opened).body();
    assertThat(board).contains("Cohort created", "Ranking", "Paged cohort");
    JsonObject cohort = new Client(base).get("/api/accelerator/cohorts/" + slug).json();
    assertThat(code(cohort, "long-text")).isNotBlank();

    Team t = team(cohort, "Paged Bakery", "paged.example");
    Answer saved =
        t.client()
            .putJson(
                "/api/accelerator/applications/" + t.id(),
                Json.createObjectBuilder()
                    .add("projectName", "Paged Bakery")
                    .add("summary", "Bread")
                    .add("sector", "food")
                    .add(
                        "answers", Json.createObjectBuilder().add(code(cohort, "long-text"), "Rye"))
                    .build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(
            t.client()
                .postJson("/api/accelerator/applications/" + t.id() + "/submission", "")
                .status())
        .isEqualTo(200);

    String page = person.get("/accelerator/" + slug + "/admin").body();
    Answer extended =
        PageForm.on(page, "extend")
            .set("closes", now.plusDays(3).toString())
            .submit(person, "change-window");
    assertThat(extended.status()).as(extended.toString()).isEqualTo(302);
    assertThat(
            new Client(base)
                .get("/api/accelerator/cohorts/" + slug)
                .json()
                .getString("closesLocal"))
        .isEqualTo(now.plusDays(3) + ":00");

    Answer decided =
        rowSubmit(
            person,
            person.get("/accelerator/" + slug + "/admin").body(),
            t.id(),
            "decide",
            "Accept");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(302);
    assertThat(person.follow(decided).body()).contains("Decided, and the team mailed");
    assertThat(
            t.client().get("/api/accelerator/applications/" + t.id()).json().getString("decision"))
        .isEqualTo("offered");
    Mailbox.await(t.email(), "A place in Paged cohort");

    Answer mails =
        PageForm.on(person.get("/accelerator/" + slug + "/admin").body(), "decision-mails")
            .set("decline", "Dear {{name}}, not this time for {{project}}. {{nonsense}}")
            .submit(person, "save-mails");
    assertThat(mails.status()).as("a bad template is refused on the page").isEqualTo(200);
    assertThat(Jsoup.parse(mails.body()).select("#decline-error").text()).contains("{{nonsense}}");
  }

  /** Presses the button labelled {@code label} in the form of one row, found by its application. */
  static Answer rowSubmit(Client client, String html, long application, String id, String label) {
    Document page = Jsoup.parse(html);
    for (var form : page.select("form[id$=" + id + "]")) {
      if (form.select("input[name=application][value=" + application + "]").size() == 1) {
        String button = form.select("input[type=submit][value=" + label + "]").attr("name");
        return PageForm.on(html, form.id()).submit(client, button);
      }
    }
    throw new AssertionError("no form " + id + " for application " + application);
  }

  static boolean noWiderThanTheScreen(Browser browser) {
    Object wider =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    return Boolean.FALSE.equals(wider);
  }
}
