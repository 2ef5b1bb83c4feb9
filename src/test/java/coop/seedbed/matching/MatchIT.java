package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.OwnDeploymentsLast.OwnDeployment;
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
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Matchmaking over HTTP against the real WAR with mail at GreenMail: suggestions with reasons that
 * never show a hidden or paused profile, introductions that reveal nobody's address before both say
 * yes (every answer, page and mail scanned), blocks both ways, the weekly limit, reminders and
 * lapses, open roles, founding circles, a cohort's mentors, bad input everywhere; and the pages in
 * Chromium. Each test makes its own people, in a sector of its own, so tests never see each other.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment
class MatchIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.ofItsOwn();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  record Person(Client client, String email, long profile) {}

  static String unique(String word) {
    return word + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }

  static JsonObjectBuilder profile(String name, String sector, String... skills) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("wants", array("start", "cofounders"))
        .add("skills", array(skills))
        .add("sectors", array(sector))
        .add("decision", array("consent"))
        .add("pay", array("equal"))
        .add("hoursPerWeek", 20)
        .add("remote", true)
        .add("timeZone", "Europe/London")
        .add("workStart", "09:00")
        .add("workEnd", "17:00")
        .add("languages", array("en"))
        .add("about", name + " wants to start a co-op.")
        .add("visibility", "members");
  }

  Person person(JsonObjectBuilder profile) {
    String email = Mailbox.newAddress("match");
    Client client = People.verified(base, email);
    Answer saved = client.putJson("/api/matching/me", profile.build());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    return new Person(client, email, saved.json().getJsonNumber("id").longValue());
  }

  /** The ids suggested in a list, once the index has them (it follows the database). */
  List<Long> suggested(Person p, String list, long expected) {
    List<Long> ids = new ArrayList<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              ids.clear();
              Answer answer = p.client().get("/api/matching/suggestions?list=" + list);
              if (answer.status() != 200) {
                return false;
              }
              answer
                  .json()
                  .getJsonArray(list)
                  .getValuesAs(JsonObject.class)
                  .forEach(s -> ids.add(s.getJsonNumber("id").longValue()));
              return expected < 0 || ids.contains(expected);
            });
    return ids;
  }

  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void suggestionsComeWithReasons_andAHiddenOrPausedProfileIsNeverSuggested() {
    String sector = unique("sector");
    Person designer = person(profile("Dana Designer", sector, "ux", "graphic"));
    Person builder = person(profile("Bo Builder", sector, "backend", "devops"));
    Person books = person(profile("Kit Keeper", sector, "bookkeeping"));
    suggested(designer, "people", builder.profile());
    JsonObject first =
        designer
            .client()
            .get("/api/matching/suggestions?list=people")
            .json()
            .getJsonArray("people")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getJsonNumber("id").longValue() == builder.profile())
            .findFirst()
            .orElseThrow();
    List<JsonObject> reasons = first.getJsonArray("reasons").getValuesAs(JsonObject.class);
    assertThat(reasons.stream().mapToInt(r -> r.getInt("points")).sum())
        .isEqualTo(first.getInt("score"));
    assertThat(reasons)
        .extracting(r -> r.getString("text"))
        .contains(
            "you design, they build, neither keeps the books yet",
            "you both care about " + sector,
            "you both like to decide by consent (sociocracy)",
            "you both speak English");
    assertThat(first.toString()).doesNotContain(builder.email());

    // Paused and hidden profiles drop out at once, whatever the index still holds.
    JsonObject paused =
        profile("Bo Builder", sector, "backend", "devops").add("paused", true).build();
    assertThat(builder.client().putJson("/api/matching/me", paused).status()).isEqualTo(200);
    assertThat(designer.client().get("/api/matching/suggestions?list=people").body())
        .doesNotContain("Bo Builder");
    JsonObject hidden =
        profile("Kit Keeper", sector, "bookkeeping").add("visibility", "hidden").build();
    assertThat(books.client().putJson("/api/matching/me", hidden).status()).isEqualTo(200);
    assertThat(designer.client().get("/api/matching/suggestions?list=people").body())
        .doesNotContain("Kit Keeper");
    assertProblem(designer.client().get("/api/matching/profiles/" + books.profile()), 404);

    // Visibility: members-only profiles need a session; a public one does not.
    assertProblem(new Client(base).get("/api/matching/profiles/" + designer.profile()), 404);
    JsonObject open =
        profile("Dana Designer", sector, "ux", "graphic").add("visibility", "public").build();
    assertThat(designer.client().putJson("/api/matching/me", open).status()).isEqualTo(200);
    Answer anonymous = new Client(base).get("/api/matching/profiles/" + designer.profile());
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.body()).doesNotContain(designer.email(), "latitude");
  }

  @Test
  void anIntroduction_revealsAddressesOnlyOnceBothSayYes() throws Exception {
    String sector = unique("sector");
    Person asker = person(profile("Ari Asker", sector, "ux"));
    Person asked = person(profile("Sam Asked", sector, "backend"));
    suggested(asker, "people", asked.profile());
    List<String> seen = new ArrayList<>();
    Answer ask =
        asker
            .client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder()
                    .add("profile", asked.profile())
                    .add("note", "We could build a bakery platform.")
                    .build());
    assertThat(ask.status()).as(ask.toString()).isEqualTo(201);
    seen.add(ask.body());
    MimeMessage request = Mailbox.await(asked.email(), "would like to be introduced");
    seen.add(Mailbox.text(request));
    seen.add(asked.client().get("/api/matching/introductions").body());
    seen.add(asker.client().get("/api/matching/introductions").body());
    seen.add(asked.client().get("/match/introductions").body());
    seen.add(asker.client().get("/match/introductions").body());
    seen.add(asker.client().get("/match").body());
    seen.add(asked.client().get("/api/matching/profiles/" + asker.profile()).body());
    seen.add(asked.client().get("/match/people/" + asker.profile()).body());
    seen.add(asker.client().get("/api/matching/suggestions").body());
    for (String text : seen) {
      assertThat(text).doesNotContain(asker.email()).doesNotContain(asked.email());
    }

    long id = ask.json().getJsonNumber("id").longValue();
    assertProblem(
        asker
            .client()
            .postJson("/api/matching/introductions/" + id + "/answer", "{\"accept\":true}"),
        404);
    Answer yes =
        asked
            .client()
            .postJson("/api/matching/introductions/" + id + "/answer", "{\"accept\":true}");
    assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
    assertThat(yes.json().getString("email")).isEqualTo(asker.email());
    assertThat(asker.client().get("/api/matching/introductions").body()).contains(asked.email());
    assertThat(
            Mailbox.text(Mailbox.await(asker.email(), "Introduction: Ari Asker, meet Sam Asked")))
        .contains(asked.email());
    assertThat(
            Mailbox.text(Mailbox.await(asked.email(), "Introduction: Sam Asked, meet Ari Asker")))
        .contains(asker.email());
    assertProblem(
        asked
            .client()
            .postJson("/api/matching/introductions/" + id + "/answer", "{\"accept\":false}"),
        409);
  }

  @Test
  void exportAndDeletion_coverProfileRequestsAndBlocks() {
    String sector = unique("sector");
    Person leaving = person(profile("Lee Leaving", sector, "ux"));
    Person staying = person(profile("Sky Staying", sector, "backend"));
    Person blocked = person(profile("Bo Blocked", sector, "sales"));
    suggested(staying, "people", leaving.profile());
    assertThat(
            leaving
                .client()
                .postJson(
                    "/api/matching/introductions",
                    Json.createObjectBuilder()
                        .add("profile", staying.profile())
                        .add("note", "A note only we two should see.")
                        .build())
                .status())
        .isEqualTo(201);
    assertThat(
            leaving
                .client()
                .postJson(
                    "/api/matching/blocks",
                    Json.createObjectBuilder().add("profile", blocked.profile()).build())
                .status())
        .isEqualTo(204);

    JsonObject mine = leaving.client().get("/api/me/export").json().getJsonObject("matchmaking");
    assertThat(mine.getJsonObject("profile").getString("name")).isEqualTo("Lee Leaving");
    JsonObject asked = mine.getJsonArray("introductions").getJsonObject(0);
    assertThat(asked.getString("with")).isEqualTo("Sky Staying");
    assertThat(asked.getString("note")).isEqualTo("A note only we two should see.");
    assertThat(mine.getJsonArray("blocked").getString(0)).isEqualTo("Bo Blocked");
    JsonObject theirs = staying.client().get("/api/me/export").json().getJsonObject("matchmaking");
    assertThat(theirs.getJsonArray("introductions").getJsonObject(0).getString("with"))
        .isEqualTo("Lee Leaving");

    assertThat(
            leaving
                .client()
                .postJson(
                    "/api/me/deletion",
                    Json.createObjectBuilder().add("confirmEmail", leaving.email()).build())
                .status())
        .isEqualTo(204);
    assertProblem(staying.client().get("/api/matching/profiles/" + leaving.profile()), 404);
    assertThat(staying.client().get("/api/matching/introductions").body())
        .doesNotContain("Lee Leaving", "A note only we two should see.");
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(staying.client().get("/api/matching/suggestions?list=people").body())
                    .doesNotContain("Lee Leaving"));
  }

  @Test
  void aBlock_worksBothWays() {
    String sector = unique("sector");
    Person a = person(profile("Alex Block", sector, "ux"));
    Person b = person(profile("Blair Blocked", sector, "backend"));
    suggested(a, "people", b.profile());
    suggested(b, "people", a.profile());
    assertThat(
            a.client()
                .postJson(
                    "/api/matching/blocks",
                    Json.createObjectBuilder().add("profile", b.profile()).build())
                .status())
        .isEqualTo(204);
    assertThat(a.client().get("/api/matching/suggestions?list=people").body())
        .doesNotContain("Blair Blocked");
    assertThat(b.client().get("/api/matching/suggestions?list=people").body())
        .doesNotContain("Alex Block");
    assertProblem(b.client().get("/api/matching/profiles/" + a.profile()), 404);
    assertProblem(
        b.client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder().add("profile", a.profile()).add("note", "Hi").build()),
        404);
  }

  @Test
  void anUnansweredRequest_isRemindedOnce_thenLapses_andTheLimitHolds() {
    String sector = unique("sector");
    Person asker = person(profile("Quinn Quick", sector, "ux"));
    List<Person> others = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      others.add(person(profile("Other " + i, sector, "backend")));
    }
    // Planned from the application's clock, which this test moves a fortnight on instead of
    // waiting; the other tests here plan from it too.
    Instant askedAt = TestClock.now(base);
    for (int i = 0; i < 4; i++) {
      Answer ask =
          asker
              .client()
              .postJson(
                  "/api/matching/introductions",
                  Json.createObjectBuilder()
                      .add("profile", others.get(i).profile())
                      .add("note", "Hello")
                      .build());
      assertThat(ask.status()).as(ask.toString()).isEqualTo(201);
    }
    Answer fifth =
        asker
            .client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder()
                    .add("profile", others.get(4).profile())
                    .add("note", "Hello")
                    .build());
    assertProblem(fifth, 429);
    assertThat(fifth.header("Retry-After")).isPresent();
    assertProblem(
        asker
            .client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder()
                    .add("profile", others.get(0).profile())
                    .add("note", "Again")
                    .build()),
        409);

    // Unanswered for a week: each person asked is reminded, once.
    List<Person> asked = others.subList(0, 4);
    advanceTo(askedAt.plus(Duration.ofDays(7)).minusSeconds(3600));
    assertThat(asked).allSatisfy(p -> assertThat(waitingReminders(p)).isZero());
    advanceTo(askedAt.plus(Duration.ofDays(7)).plusSeconds(3600));
    assertThat(asked).allSatisfy(p -> assertThat(waitingReminders(p)).isEqualTo(1));

    Person quiet = others.get(0);
    advanceTo(askedAt.plus(Duration.ofDays(14)).minusSeconds(3600));
    assertThat(introductionOf(quiet).getString("status")).isEqualTo("pending");
    assertThat(lapseMails(asker)).isZero();

    // Unanswered for two weeks: the request lapses, and the asker is told.
    advanceTo(askedAt.plus(Duration.ofDays(14)).plusSeconds(3600));
    assertThat(lapseMails(asker)).isEqualTo(4);
    assertThat(Mailbox.text(Mailbox.await(asker.email(), "has lapsed"))).contains("14 days");
    assertThat(asked).allSatisfy(p -> assertThat(waitingReminders(p)).isEqualTo(1));
    JsonObject lapsed = introductionOf(quiet);
    assertThat(lapsed.getString("status")).isEqualTo("lapsed");
    assertProblem(
        quiet
            .client()
            .postJson(
                "/api/matching/introductions/" + lapsed.getJsonNumber("id").longValue() + "/answer",
                "{\"accept\":true}"),
        410);
  }

  void advanceTo(Instant target) {
    TestClock.advance(base, Duration.between(TestClock.now(base), target));
  }

  static JsonObject introductionOf(Person p) {
    return p.client()
        .get("/api/matching/introductions")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .get(0);
  }

  static long waitingReminders(Person p) {
    return Mailbox.all(p.email()).stream().filter(m -> subject(m).contains("is waiting")).count();
  }

  static long lapseMails(Person p) {
    return Mailbox.all(p.email()).stream().filter(m -> subject(m).contains("has lapsed")).count();
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void openRoles_postedByMaintainers_areSuggestedToPeopleWhoWantToJoin() {
    String sector = unique("sector");
    String email = Mailbox.newAddress("maintainer");
    Client maintainer = People.verified(base, email);
    String name = unique("Role Co-op");
    String host = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.org";
    Answer listed =
        maintainer.postJson(
            "/api/organisations",
            Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "worker")
                .add("description", "A worker co-op that bakes.")
                .add("website", "https://" + host)
                .add("email", "hello@" + host)
                .add("city", "Leeds")
                .add("country", "GB")
                .add("sectors", array(sector))
                .add("languages", array("en"))
                .add("affirmStandards", true)
                .build());
    assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
    String slug = listed.json().getString("slug");
    assertThat(
            People.staff(base)
                .postJson("/api/admin/organisations/" + slug + "/approval", "{}")
                .status())
        .isEqualTo(200);
    JsonObject role =
        Json.createObjectBuilder()
            .add("title", "Bookkeeper")
            .add("description", "Keep our books two days a week.")
            .add("skills", array("bookkeeping"))
            .add("hoursPerWeek", 16)
            .add("remote", true)
            .add("languages", array("en"))
            .add("howToApply", "Ask for an introduction here.")
            .build();
    Person stranger = person(profile("Sly Stranger", sector, "ux"));
    assertProblem(stranger.client().postJson("/api/organisations/" + slug + "/roles", role), 403);
    Answer posted = maintainer.postJson("/api/organisations/" + slug + "/roles", role);
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    long roleId = posted.json().getJsonNumber("id").longValue();
    assertThat(new Client(base).get("/api/organisations/" + slug + "/roles").jsonArray())
        .hasSize(1);

    JsonObject joiner =
        profile("Jo Joiner", sector, "bookkeeping", "accounting")
            .add("wants", array("join"))
            .build();
    Person jo = person(Json.createObjectBuilder(joiner));
    suggested(jo, "roles", roleId);
    Answer ask =
        jo.client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder()
                    .add("role", roleId)
                    .add("note", "I keep books.")
                    .build());
    assertThat(ask.status()).as(ask.toString()).isEqualTo(201);
    assertThat(Mailbox.text(Mailbox.await(email, "would like to be introduced")))
        .contains("Bookkeeper")
        .doesNotContain(jo.email());
    assertThat(maintainer.delete("/api/organisations/" + slug + "/roles/" + roleId).status())
        .isEqualTo(200);
    assertThat(new Client(base).get("/api/organisations/" + slug + "/roles").jsonArray()).isEmpty();
  }

  @Test
  void foundingCircles_areProposed_andFormAtThreeYeses() {
    String sector = unique("sector");
    List<Person> seekers = new ArrayList<>();
    String[][] skills = {{"backend"}, {"ux"}, {"bookkeeping"}, {"coop-governance"}};
    for (int i = 0; i < 4; i++) {
      JsonObject p = profile("Circle " + i, sector, skills[i]).add("circle", true).build();
      seekers.add(person(Json.createObjectBuilder(p)));
    }
    Answer proposed = People.staff(base).postJson("/api/admin/matching/circles", "{}");
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
    JsonArray mine = seekers.get(0).client().get("/api/matching/circles").jsonArray();
    assertThat(mine).hasSize(1);
    long circle = mine.getJsonObject(0).getJsonNumber("id").longValue();
    List<Person> in =
        seekers.stream()
            .filter(p -> p.client().get("/api/matching/circles").jsonArray().size() == 1)
            .toList();
    assertThat(in.size()).isBetween(3, 4);
    for (Person p : in) {
      Mailbox.await(p.email(), "A founding circle for you");
      assertThat(p.client().get("/api/matching/circles").body()).doesNotContain("@");
    }
    for (int i = 0; i < 3; i++) {
      Answer yes =
          in.get(i)
              .client()
              .postJson("/api/matching/circles/" + circle + "/answer", "{\"accept\":true}");
      assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
    }
    JsonObject formed =
        in.get(0).client().get("/api/matching/circles").jsonArray().getJsonObject(0);
    assertThat(formed.getString("status")).isEqualTo("formed");
    assertThat(formed.toString()).contains(in.get(1).email(), in.get(2).email());
    assertThat(formed.getJsonArray("checklist")).isNotEmpty();
    Mailbox.await(in.get(0).email(), "Your founding circle has formed");
    if (in.size() == 4) {
      assertThat(in.get(3).client().get("/api/matching/circles").body())
          .doesNotContain(in.get(0).email());
    }
    assertThat(in.get(0).client().get("/match/circles/" + circle).body())
        .contains("Your first weeks", in.get(1).email());
  }

  @Test
  void aCohortsMentors_areAssignedOptimally_thenConfirmed_andBothSidesMailed() {
    Client staff = People.staff(base);
    String programme = unique("mentorprog");
    JsonArray lv = array("1", "2", "3").build();
    assertThat(
            staff
                .postJson(
                    "/api/admin/accelerator/programmes",
                    Json.createObjectBuilder()
                        .add("slug", programme)
                        .add("name", "Mentor programme " + programme)
                        .add("audience", "a")
                        .add("offer", "o")
                        .add("criteria", "c")
                        .add("scaleLevels", 3)
                        .add(
                            "rubric",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("name", "Team")
                                        .add("levels", lv)))
                        .build())
                .status())
        .isEqualTo(201);
    String cohort = unique("mentorcohort");
    // The application's time: another test here moves its clock a fortnight on.
    LocalDateTime now = LocalDateTime.ofInstant(TestClock.now(base), ZoneOffset.UTC).withNano(0);
    assertThat(
            staff
                .postJson(
                    "/api/admin/accelerator/cohorts",
                    Json.createObjectBuilder()
                        .add("programme", programme)
                        .add("slug", cohort)
                        .add("name", "Mentored cohort")
                        .add("startsOn", "2027-03-01")
                        .add("endsOn", "2027-06-01")
                        .add("capacity", 5)
                        .add("timeZone", "UTC")
                        .add("opens", now.minusHours(1).toString())
                        .add("closes", now.plusDays(1).toString())
                        .build())
                .status())
        .isEqualTo(201);
    List<Long> teams = new ArrayList<>();
    List<String> teamEmails = new ArrayList<>();
    for (String sector : List.of("food", "housing")) {
      // A domain of its own: the same e-mail domain as a mentor would be a conflict of interest.
      String email = Mailbox.newAddress("team").replace("@it.example", "@" + sector + ".example");
      Client team = People.verified(base, email);
      Answer started =
          team.postJson(
              "/api/accelerator/cohorts/" + cohort + "/applications",
              Json.createObjectBuilder()
                  .add("projectName", "Team " + sector)
                  .add("name", "Lead " + sector)
                  .build());
      long id = started.json().getJsonNumber("id").longValue();
      assertThat(
              team.putJson(
                      "/api/accelerator/applications/" + id,
                      Json.createObjectBuilder()
                          .add("projectName", "Team " + sector)
                          .add("summary", "We do " + sector)
                          .add("sector", sector)
                          .add("country", "GB")
                          .build())
                  .status())
          .isEqualTo(200);
      assertThat(team.postJson("/api/accelerator/applications/" + id + "/submission", "").status())
          .isEqualTo(200);
      assertThat(
              staff
                  .postJson(
                      "/api/admin/accelerator/applications/" + id + "/decision",
                      "{\"decision\":\"accept\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              team.postJson(
                      "/api/accelerator/applications/" + id + "/response", "{\"accept\":true}")
                  .status())
          .isEqualTo(200);
      teams.add(id);
      teamEmails.add(email);
    }
    List<Person> mentors = new ArrayList<>();
    for (String sector : List.of("housing", "food")) {
      JsonObject p =
          profile("Mentor of " + sector, sector, "coop-governance")
              .add("wants", array("mentor"))
              .add("mentorCapacity", 1)
              .add("country", "GB")
              .build();
      mentors.add(person(Json.createObjectBuilder(p)));
    }
    Answer draft =
        staff.postJson("/api/admin/matching/cohorts/" + cohort + "/mentor-assignment", "{}");
    assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
    assertThat(draft.json().getInt("unassigned")).as(draft.toString()).isZero();
    List<JsonObject> pairs = draft.json().getJsonArray("pairs").getValuesAs(JsonObject.class);
    assertThat(pairs).hasSize(2);
    // Each team gets the mentor who knows its sector, not the first one with room.
    for (JsonObject pair : pairs) {
      String sector = pair.getString("project").substring("Team ".length());
      assertThat(pair.getString("mentorName")).isEqualTo("Mentor of " + sector);
      assertThat(pair.getJsonArray("reasons").toString()).contains("knows " + sector);
    }
    // Staff see the same draft on the page the cohort's admin page links to; others do not.
    String stafferEmail = Mailbox.newAddress("match-staff");
    Client staffer = People.verified(base, stafferEmail);
    assertThat(staff.put("/api/admin/accounts/" + stafferEmail + "/roles/staff").status())
        .isEqualTo(200);
    Document mentorsPage = Jsoup.parse(staffer.get("/match/mentors/" + cohort).body());
    assertThat(mentorsPage.select("tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains("Team food", "Mentor of food"))
        .anySatisfy(row -> assertThat(row).contains("Team housing", "Mentor of housing"));
    assertThat(mentorsPage.text()).contains("Total fit", "0 teams without a mentor");
    assertThat(
            Jsoup.parse(staffer.get("/accelerator/" + cohort + "/admin").body())
                .select("a[href=/match/mentors/" + cohort + "]"))
        .hasSize(1);
    assertThat(
            Jsoup.parse(mentors.get(0).client().get("/match/mentors/" + cohort).body())
                .select("table"))
        .isEmpty();
    Answer confirmed =
        staff.postJson(
            "/api/admin/matching/cohorts/" + cohort + "/mentor-assignment/confirmation", "{}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    Mailbox.await(mentors.get(0).email(), "Mentoring Team housing");
    Mailbox.await(teamEmails.get(0), "Your mentor in Mentored cohort");
    JsonArray overview =
        staff.get("/api/admin/accelerator/cohorts/" + cohort + "/teams").jsonArray();
    assertThat(overview.getValuesAs(JsonObject.class))
        .allSatisfy(t -> assertThat(t.getJsonArray("mentors")).hasSize(1));
  }

  @Test
  void badInput_getsProblemJson_andChangesNothing() {
    String sector = unique("sector");
    Person p = person(profile("Bea Careful", sector, "ux"));
    Person other = person(profile("Ola Other", sector, "backend"));
    String before = p.client().get("/api/matching/me").body();
    Client anonymous = new Client(base);
    assertProblem(anonymous.get("/api/matching/me"), 401);
    assertProblem(anonymous.get("/api/matching/suggestions"), 401);
    assertProblem(
        p.client().putJson("/api/matching/me", profile("Bea Careful", sector, "wizardry").build()),
        422);
    assertProblem(
        p.client()
            .putJson(
                "/api/matching/me",
                profile("Bea Careful", sector, "ux")
                    .add("languages", array("xx-nonsense"))
                    .build()),
        422);
    assertProblem(
        p.client()
            .putJson(
                "/api/matching/me",
                profile("Bea Careful", sector, "ux").add("timeZone", "Mars/Olympus").build()),
        422);
    assertProblem(
        p.client()
            .putJson(
                "/api/matching/me",
                profile("Bea Careful", sector, "ux").add("hoursPerWeek", 500).build()),
        422);
    assertProblem(
        p.client()
            .putJson(
                "/api/matching/me",
                profile("Bea Careful", sector, "ux")
                    .add("workStart", "18:00")
                    .add("workEnd", "09:00")
                    .build()),
        422);
    assertProblem(p.client().putJson("/api/matching/me", profile("", sector, "ux").build()), 422);
    assertProblem(p.client().postJson("/api/matching/me", "[]"), 405);
    assertProblem(
        p.client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder().add("profile", p.profile()).add("note", "me").build()),
        422);
    assertProblem(
        p.client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder()
                    .add("profile", other.profile())
                    .add("note", "x".repeat(5000))
                    .build()),
        422);
    assertProblem(
        p.client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder().add("profile", 987654321L).add("note", "Hi").build()),
        404);
    assertProblem(
        p.client()
            .postJson(
                "/api/matching/introductions",
                Json.createObjectBuilder().add("note", "Hi").build()),
        422);
    assertProblem(
        p.client().postJson("/api/matching/introductions/987654321/answer", "{\"accept\":true}"),
        404);
    assertProblem(
        p.client()
            .postJson(
                "/api/matching/blocks",
                Json.createObjectBuilder().add("profile", p.profile()).build()),
        422);
    assertProblem(
        p.client().postJson("/api/matching/hidden", "{\"kind\":\"planet\",\"id\":1}"), 422);
    assertProblem(p.client().get("/api/matching/suggestions?list=everyone"), 422);
    assertProblem(
        p.client().postJson("/api/matching/circles/987654321/answer", "{\"accept\":true}"), 404);
    assertProblem(p.client().postJson("/api/admin/matching/circles", "{}"), 403);
    assertThat(p.client().get("/api/matching/me").body()).isEqualTo(before);
    assertThat(other.client().get("/api/matching/introductions").jsonArray()).isEmpty();
  }

  @Test
  void twoPeopleMeetThroughThePages_inChromium() throws Exception {
    String sector = unique("sector");
    Person asked = person(profile("Page Answerer", sector, "backend"));
    String email = Mailbox.newAddress("pages");
    People.verified(base, email);
    try (Browser browser = Browser.openNarrowPhone(base)) {
      SignInPage.open(browser).signIn(email, People.PASSWORD);
      browser.go("/match");
      assertThat(browser.accessibilityViolations()).as("/match, no profile yet").isEmpty();
      browser.driver().findElement(By.id("name")).sendKeys("Page Asker");
      browser.click(By.cssSelector("input[name=wants][value=start]"));
      browser.driver().findElement(By.id("sectors")).sendKeys(sector);
      browser.click(By.xpath("//details[.//input[@name='skills' and @value='ux']]/summary"));
      browser.click(By.cssSelector("input[name=skills][value=ux]"));
      var zone = browser.driver().findElement(By.id("timeZone"));
      zone.clear();
      zone.sendKeys("Europe/London");
      browser.clickAndWait(By.id("save-profile"));
      assertThat(browser.driver().findElement(By.cssSelector(".messages")).getText())
          .contains("Profile saved");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                browser.go("/match");
                return browser.driver().getPageSource().contains("Page Answerer");
              });
      assertThat(browser.accessibilityViolations()).as("/match with suggestions").isEmpty();
      var note = browser.driver().findElement(By.cssSelector("li.suggestion textarea[name=note]"));
      note.sendKeys("Shall we build something together?");
      browser.clickAndWait(By.cssSelector("li.suggestion input[value='Ask for an introduction']"));
      assertThat(browser.driver().getCurrentUrl())
          .as(() -> browser.driver().findElement(By.tagName("main")).getText())
          .contains("/match/introductions");
      assertThat(browser.accessibilityViolations()).as("/match/introductions").isEmpty();
      assertThat(browser.driver().getPageSource()).doesNotContain(asked.email());
    }
    Mailbox.await(asked.email(), "would like to be introduced");
    try (Browser browser = Browser.openNarrowPhone(base)) {
      SignInPage.open(browser).signIn(asked.email(), People.PASSWORD);
      browser.go("/match/introductions");
      assertThat(browser.driver().getPageSource()).doesNotContain(email);
      browser.clickAndWait(By.cssSelector("input[value='Yes, introduce us']"));
      assertThat(browser.driver().findElement(By.cssSelector("a.contact")).getText())
          .isEqualTo(email);
      assertThat(browser.accessibilityViolations()).as("an accepted introduction").isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(browser.requestedUrls())
          .filteredOn(url -> url.startsWith("http"))
          .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    }
  }
}
