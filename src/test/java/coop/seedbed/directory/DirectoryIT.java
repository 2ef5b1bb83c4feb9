package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.AtomRules;
import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Imports;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.OpenDataSchemas;
import coop.seedbed.testing.PageForm;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.SharedCoops;
import coop.seedbed.testing.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.NodeList;

/**
 * The directory over HTTP against the real WAR: submission and moderation, keeping a listing true,
 * claims, duplicates, browsing, open data, import (including every real record in the shared data)
 * and hostile input.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  private Client anyone() {
    return new Client(base);
  }

  private Client staff() {
    return People.staff(base);
  }

  private static String unique(String word) {
    return word + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObjectBuilder listing(String name) {
    String host = Keys.slug(name) + ".example.org";
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "worker")
        .add("description", "A worker co-op that builds **accessible** websites.")
        .add("website", "https://" + host)
        .add("email", "contact@" + host)
        .add("city", "Leeds")
        .add("country", "GB")
        .add("latitude", 53.8)
        .add("longitude", -1.55)
        .add("sectors", Json.createArrayBuilder().add("Technology"))
        .add("services", Json.createArrayBuilder().add("web development"))
        .add("languages", Json.createArrayBuilder().add("en"))
        .add("hiring", true)
        .add("affirmStandards", true);
  }

  private String submitAndApprove(Client member, JsonObjectBuilder listing) {
    Answer submitted = member.postJson("/api/organisations", listing.build());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String slug = submitted.json().getString("slug");
    Answer approved = staff().postJson("/api/admin/organisations/" + slug + "/approval", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return slug;
  }

  private ImportResult importLines(String... lines) {
    return new ImportResult(Imports.run(staff(), List.of(lines)));
  }

  record ImportResult(JsonObject json) {
    int created() {
      return json.getInt("created");
    }

    JsonArray rejected() {
      return json.getJsonArray("problems");
    }
  }

  // submission and moderation

  @Test
  void submittedListing_waitsForAModerator_thenIsPublicOnceApproved() {
    String email = Mailbox.newAddress("submitter");
    Client member = People.verified(base, email);
    String name = unique("Leeds Web Workers");

    Answer submitted = member.postJson("/api/organisations", listing(name).build());
    assertThat(submitted.status()).isEqualTo(201);
    assertThat(submitted.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/api/organisations/"));
    JsonObject view = submitted.json();
    String slug = view.getString("slug");
    assertThat(view.getString("status")).isEqualTo("pending");
    assertThat(view.getString("email"))
        .as("its maintainer sees the private email")
        .startsWith("contact@");
    Mailbox.await(email, "We received your listing");

    assertThat(anyone().get("/api/organisations/" + slug).status()).isEqualTo(404);
    assertThat(anyone().get("/coops/" + slug).status()).isEqualTo(404);
    assertThat(staff().get("/api/admin/organisations/pending").body()).contains(slug);

    Answer approved = staff().postJson("/api/admin/organisations/" + slug + "/approval", "{}");
    assertThat(approved.json().getString("status")).isEqualTo("published");
    assertThat(Mailbox.text(Mailbox.await(email, "is now in the Seedbed directory")))
        .contains("/coops/" + slug);

    JsonObject published = anyone().get("/api/organisations/" + slug).json();
    assertThat(published.getString("name")).isEqualTo(name);
    assertThat(published.containsKey("email")).as("the public never sees the email").isFalse();
    Document page = Jsoup.parse(anyone().get("/coops/" + slug).body());
    assertThat(page.select("h1").text()).isEqualTo(name);
    assertThat(page.select(".description strong").text()).isEqualTo("accessible");
    assertThat(page.body().text()).contains("Last confirmed").contains("Our listing standards");
    assertThat(page.select("a[href^=https://www.openstreetmap.org/]")).hasSize(1);
    assertThat(page.select("iframe")).isEmpty();
  }

  @Test
  void listingPage_carriesWellFormedSchemaOrgJsonLd_andTheApiAMurmurationsProfile() {
    String slug =
        submitAndApprove(
            People.verified(base, Mailbox.newAddress("ld")), listing(unique("Json Ld Co-op")));

    Document page = Jsoup.parse(anyone().get("/coops/" + slug).body());
    String ld = page.select("script[type=application/ld+json]").html();
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(ld))) {
      json = reader.readObject();
    }
    assertThat(json.getString("@context")).isEqualTo("https://schema.org");
    assertThat(json.getString("@type")).isEqualTo("Organization");
    assertThat(json.getJsonObject("address").getString("addressCountry")).isEqualTo("GB");
    assertThat(json.getJsonObject("geo").getJsonNumber("latitude").doubleValue()).isEqualTo(53.8);
    assertThat(ld).doesNotContain("contact@");

    JsonObject profile = anyone().get("/api/organisations/" + slug + "/murmurations").json();
    assertThat(profile.getJsonArray("linked_schemas").getString(0))
        .isEqualTo("organizations_schema-v1.0.0");
    assertThat(profile.getString("country_iso_3166")).isEqualTo("GB");
    assertThat(profile.getJsonObject("geolocation").getJsonNumber("lon").doubleValue())
        .isEqualTo(-1.55);
    assertThat(profile.toString()).doesNotContain("contact@");
    assertThat(OpenDataSchemas.murmurationsOrganisationErrors(profile.toString())).isEmpty();
    assertThat(profile.getString("primary_url")).matches("^https?://.*");
    assertThat(json.getString("additionalType")).startsWith("http");
  }

  @Test
  void rejection_mailsTheReason_andEditingSubmitsAgain() {
    String email = Mailbox.newAddress("rejected");
    Client member = People.verified(base, email);
    String slug =
        member
            .postJson("/api/organisations", listing(unique("Not Yet Co-op")).build())
            .json()
            .getString("slug");

    Answer noReason = staff().postJson("/api/admin/organisations/" + slug + "/rejection", "{}");
    assertThat(noReason.status()).isEqualTo(422);
    Answer rejected =
        staff()
            .postJson(
                "/api/admin/organisations/" + slug + "/rejection",
                Json.createObjectBuilder()
                    .add("reason", "The website does not say who owns it.")
                    .build());
    assertThat(rejected.json().getString("status")).isEqualTo("rejected");
    assertThat(Mailbox.text(Mailbox.await(email, "was not published")))
        .contains("The website does not say who owns it.");

    Answer edited =
        member.send(
            member
                .request("/api/organisations/" + slug)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        listing("Not Yet Co-op " + slug.substring(slug.length() - 8))
                            .add("description", "Owned by its seven workers.")
                            .build()
                            .toString())));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getString("status")).isEqualTo("pending");
  }

  @Test
  void submitting_needsAVerifiedAddressAndTheStandardsAffirmed() {
    Client unverified = People.signedUp(base, Mailbox.newAddress("unverified"));
    Answer refused =
        unverified.postJson("/api/organisations", listing(unique("Eager Co-op")).build());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("confirm your email");

    Client member = People.verified(base, Mailbox.newAddress("careless"));
    Answer unaffirmed =
        member.postJson(
            "/api/organisations",
            listing(unique("Careless Co-op")).add("affirmStandards", false).build());
    assertThat(unaffirmed.status()).isEqualTo(422);
    assertThat(unaffirmed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("affirmStandards");

    assertThat(
            anyone()
                .postJson("/api/organisations", listing(unique("Anonymous Co-op")).build())
                .status())
        .isEqualTo(401);
  }

  @Test
  void badValues_areEachReportedBesideTheirField() {
    Client member = People.verified(base, Mailbox.newAddress("sloppy"));
    JsonObject bad =
        listing(unique("Sloppy Co-op"))
            .add("kind", "pirate")
            .add("country", "XX")
            .add("website", "javascript:alert(1)")
            .add("latitude", 91)
            .add("founded", 3000)
            .build();
    Answer answer = member.postJson("/api/organisations", bad);
    assertThat(answer.status()).isEqualTo(422);
    List<String> fields =
        answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields).contains("kind", "country", "website", "latitude", "founded");
    assertThat(answer.body()).contains("ISO 3166").contains("worker");
  }

  // keeping it true

  @Test
  void maintainerEdits_goLiveAndAreKept_andAModeratorCanRevertThem() {
    Client member = People.verified(base, Mailbox.newAddress("editor"));
    String name = unique("Revert Me Co-op");
    String slug = submitAndApprove(member, listing(name));

    Answer edited =
        member.send(
            member
                .request("/api/organisations/" + slug)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        listing(name)
                            .add("description", "Vandalised text")
                            .add("hiring", false)
                            .build()
                            .toString())));
    assertThat(edited.status()).isEqualTo(200);
    assertThat(anyone().get("/api/organisations/" + slug).json().getString("description"))
        .isEqualTo("Vandalised text");

    JsonArray history = member.get("/api/organisations/" + slug + "/revisions").jsonArray();
    assertThat(history.getJsonObject(0).getString("summary")).isEqualTo("Edited");
    int before = history.getJsonObject(1).getInt("number");

    Client stranger = People.verified(base, Mailbox.newAddress("stranger"));
    assertThat(
            stranger
                .send(
                    stranger
                        .request("/api/organisations/" + slug)
                        .header("Content-Type", "application/json")
                        .PUT(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                listing(name).build().toString())))
                .status())
        .isEqualTo(403);
    assertThat(
            member
                .postJson(
                    "/api/admin/organisations/" + slug + "/revisions/" + before + "/revert", "{}")
                .status())
        .isEqualTo(403);

    Answer reverted =
        staff()
            .postJson(
                "/api/admin/organisations/" + slug + "/revisions/" + before + "/revert", "{}");
    assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
    JsonObject now = anyone().get("/api/organisations/" + slug).json();
    assertThat(now.getString("description")).contains("accessible");
    assertThat(now.getBoolean("hiring")).isTrue();
  }

  @Test
  void unpublishing_takesAListingOffTheDirectory_andPublishingPutsItBack() {
    Client member = People.verified(base, Mailbox.newAddress("withdraw"));
    String slug = submitAndApprove(member, listing(unique("Withdrawn Co-op")));

    Answer off =
        member.send(
            member
                .request("/api/organisations/" + slug + "/status")
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"status\":\"unpublished\"}")));
    assertThat(off.json().getString("status")).isEqualTo("unpublished");
    assertThat(anyone().get("/api/organisations/" + slug).status()).isEqualTo(404);

    Answer back =
        member.send(
            member
                .request("/api/organisations/" + slug + "/status")
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"status\":\"published\"}")));
    assertThat(back.json().getString("status")).isEqualTo("published");
    assertThat(anyone().get("/api/organisations/" + slug).status()).isEqualTo(200);
  }

  @Test
  void claimByDomainEmail_makesTheClaimantAMaintainer() {
    String host = "claim-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
    String name = unique("Imported Bakery");
    ImportResult imported =
        importLines(
            Json.createObjectBuilder()
                .add("externalId", "it:" + host)
                .add("name", name)
                .add("kind", "producer")
                .add("website", "https://www." + host)
                .add("country", "GB")
                .build()
                .toString());
    assertThat(imported.created()).isEqualTo(1);
    String slug =
        anyone()
                .get("/api/organisations?size=100&kind=producer&country=GB")
                .body()
                .contains(Keys.slug(name))
            ? Keys.slug(name)
            : null;
    assertThat(slug).isNotNull();
    assertThat(anyone().get("/api/organisations/" + slug).json().getBoolean("claimed")).isFalse();

    Client baker = People.verified(base, Mailbox.newAddress("baker"));
    Answer wrongDomain =
        baker.postJson(
            "/api/organisations/" + slug + "/claims",
            Json.createObjectBuilder().add("email", "me@elsewhere.example").build());
    assertThat(wrongDomain.status()).isEqualTo(422);
    assertThat(wrongDomain.body()).contains(host);

    String domainAddress = "office@" + host;
    assertThat(
            baker
                .postJson(
                    "/api/organisations/" + slug + "/claims",
                    Json.createObjectBuilder().add("email", domainAddress).build())
                .status())
        .isEqualTo(202);
    String token =
        Mailbox.token(
            Mailbox.text(Mailbox.await(domainAddress, "Confirm that you maintain")), "/coops/join");

    Client other = People.verified(base, Mailbox.newAddress("interloper"));
    assertThat(
            other
                .postJson(
                    "/api/organisations/claims/redemption",
                    Json.createObjectBuilder().add("token", token).build())
                .status())
        .as("the link works only for the account that asked")
        .isEqualTo(403);
    Answer redeemed =
        baker.postJson(
            "/api/organisations/claims/redemption",
            Json.createObjectBuilder().add("token", token).build());
    assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(200);
    assertThat(redeemed.json().getBoolean("claimed")).isTrue();
    assertThat(baker.get("/api/organisations/" + slug + "/maintainers").status()).isEqualTo(200);
    assertThat(
            baker
                .postJson(
                    "/api/organisations/claims/redemption",
                    Json.createObjectBuilder().add("token", token).build())
                .status())
        .isEqualTo(410);
  }

  /** A claim approved with the moderation page's button, as staff do it without the API. */
  @Test
  void aClaim_isApprovedWithTheModerationPagesButton() {
    String name = unique("Page Claim Co-op");
    importLines(
        Json.createObjectBuilder()
            .add("externalId", "it:" + name)
            .add("name", name)
            .add("kind", "worker")
            .add("country", "GB")
            .build()
            .toString());
    String slug = Keys.slug(name);
    String claimantEmail = Mailbox.newAddress("pageclaim");
    Client claimant = People.verified(base, claimantEmail);
    Answer claimed =
        claimant.postJson(
            "/api/organisations/" + slug + "/claims",
            Json.createObjectBuilder().add("message", "I keep the books here.").build());
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(202);

    String moderatorEmail = Mailbox.newAddress("moderator");
    Client staff = People.verified(base, moderatorEmail);
    assertThat(staff().put("/api/admin/accounts/" + moderatorEmail + "/roles/staff").status())
        .isEqualTo(200);
    Answer page = staff.get("/coops/moderation");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    Element form =
        Jsoup.parse(page.body())
            .select("section.panel:has(h3:contains(" + name + ")) form")
            .first();
    assertThat(form).as(page.toString()).isNotNull();
    Answer approved =
        PageForm.on(page.body(), form.id())
            .submit(staff, form.select("input[type=submit][value=Approve]").attr("name"));

    assertThat(approved.status()).as(approved.toString()).isIn(302, 303);
    Mailbox.await(claimantEmail, "You now maintain");
  }

  @Test
  void claimByModerator_andInvitation_addMaintainers() {
    String name = unique("Moderated Claim Co-op");
    importLines(
        Json.createObjectBuilder()
            .add("externalId", "it:" + name)
            .add("name", name)
            .add("kind", "housing")
            .add("country", "FR")
            .build()
            .toString());
    String slug = Keys.slug(name);

    String claimantEmail = Mailbox.newAddress("claimant");
    Client claimant = People.verified(base, claimantEmail);
    Answer noMessage = claimant.postJson("/api/organisations/" + slug + "/claims", "{}");
    assertThat(noMessage.status()).isEqualTo(422);
    assertThat(
            claimant
                .postJson(
                    "/api/organisations/" + slug + "/claims",
                    Json.createObjectBuilder()
                        .add("message", "I am the secretary of this housing co-op.")
                        .build())
                .status())
        .isEqualTo(202);

    JsonArray claims = staff().get("/api/admin/claims").jsonArray();
    JsonObject claim =
        claims.getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("organisationSlug").equals(slug))
            .findFirst()
            .orElseThrow();
    assertThat(claim.getString("message")).contains("secretary");
    assertThat(
            staff()
                .postJson(
                    "/api/admin/claims/" + claim.getJsonNumber("id").longValue() + "/approval",
                    "{}")
                .status())
        .isEqualTo(200);
    Mailbox.await(claimantEmail, "You now maintain");
    assertThat(claimant.get("/api/organisations/" + slug + "/maintainers").status()).isEqualTo(200);

    String inviteeEmail = Mailbox.newAddress("invitee");
    assertThat(
            claimant
                .postJson(
                    "/api/organisations/" + slug + "/maintainers",
                    Json.createObjectBuilder().add("email", inviteeEmail).build())
                .status())
        .isEqualTo(202);
    String token =
        Mailbox.token(
            Mailbox.text(Mailbox.await(inviteeEmail, "invited to maintain")), "/coops/join");
    Client invitee = People.verified(base, inviteeEmail);
    assertThat(
            invitee
                .postJson(
                    "/api/organisations/claims/redemption",
                    Json.createObjectBuilder().add("token", token).build())
                .status())
        .isEqualTo(200);
    assertThat(invitee.get("/api/organisations/" + slug + "/maintainers").body())
        .contains(inviteeEmail)
        .contains(claimantEmail);
  }

  @Test
  void yearlyCheck_asksMaintainers_andMarksListingsNobodyConfirms() {
    String stale = LocalDate.now().minusYears(2).toString();
    String sector = "sector-" + UUID.randomUUID().toString().substring(0, 8);
    String abandoned = unique("Abandoned Co-op");
    String fresh = unique("Fresh Co-op");
    String maintained = unique("Maintained Co-op");
    importLines(
        Json.createObjectBuilder()
            .add("externalId", "it:" + abandoned)
            .add("name", abandoned)
            .add("kind", "worker")
            .add("sectors", Json.createArrayBuilder().add(sector))
            .add("lastConfirmed", stale)
            .build()
            .toString(),
        Json.createObjectBuilder()
            .add("externalId", "it:" + fresh)
            .add("name", fresh)
            .add("kind", "worker")
            .add("sectors", Json.createArrayBuilder().add(sector))
            .build()
            .toString(),
        Json.createObjectBuilder()
            .add("externalId", "it:" + maintained)
            .add("name", maintained)
            .add("kind", "worker")
            .add("sectors", Json.createArrayBuilder().add(sector))
            .add("lastConfirmed", stale)
            .build()
            .toString());
    String maintainerEmail = Mailbox.newAddress("yearly");
    Client maintainer = People.verified(base, maintainerEmail);
    maintainer.postJson(
        "/api/organisations/" + Keys.slug(maintained) + "/claims",
        Json.createObjectBuilder().add("message", "Mine.").build());
    JsonObject claim =
        staff().get("/api/admin/claims").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("organisationSlug").equals(Keys.slug(maintained)))
            .findFirst()
            .orElseThrow();
    staff()
        .postJson("/api/admin/claims/" + claim.getJsonNumber("id").longValue() + "/approval", "{}");

    Answer check = staff().postJson("/api/admin/organisations/reconfirmation-check", "{}");
    assertThat(check.status()).isEqualTo(200);

    JsonArray items =
        anyone().get("/api/organisations?sector=" + sector).json().getJsonArray("items");
    List<String> order = new ArrayList<>();
    items
        .getValuesAs(JsonObject.class)
        .forEach(
            o ->
                order.add(
                    o.getString("name") + (o.getBoolean("unconfirmed") ? " (unconfirmed)" : "")));
    assertThat(order)
        .as("unconfirmed listings come last")
        .containsExactly(fresh, maintained, abandoned + " (unconfirmed)");
    assertThat(anyone().get("/coops/" + Keys.slug(abandoned)).body()).contains("unconfirmed");

    String mail = Mailbox.text(Mailbox.await(maintainerEmail, "still going?"));
    String token = Mailbox.token(mail, "/coops/confirm");
    Answer confirmed = anyone().get("/coops/confirm?token=" + token);
    assertThat(confirmed.body()).contains("is confirmed");
    assertThat(
            anyone()
                .get("/api/organisations/" + Keys.slug(maintained))
                .json()
                .getString("lastConfirmedAt"))
        .startsWith(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    assertThat(anyone().get("/coops/confirm?token=" + token).body()).contains("no longer valid");
  }

  // duplicates

  @Test
  void duplicates_byWebsiteOrByNameInTheSameCountry_are409WithALinkToTheExistingListing() {
    Client member = People.verified(base, Mailbox.newAddress("dup"));
    String name = unique("Original Co-op");
    String slug = submitAndApprove(member, listing(name));

    Client second = People.verified(base, Mailbox.newAddress("dup2"));
    Answer sameSite =
        second.postJson(
            "/api/organisations",
            listing(name + " Ltd")
                .add("website", "http://www." + Keys.slug(name) + ".example.org/")
                .build());
    assertThat(sameSite.status()).isEqualTo(409);
    assertThat(sameSite.json().getString("existing")).isEqualTo("/coops/" + slug);
    assertThat(sameSite.json().getString("detail")).contains("claim");

    Answer sameName =
        second.postJson(
            "/api/organisations",
            listing(name).add("website", "https://different.example.com").build());
    assertThat(sameName.status()).isEqualTo(409);

    Answer otherCountry =
        second.postJson(
            "/api/organisations",
            listing(name)
                .add("website", "https://different-fr.example.com")
                .add("country", "FR")
                .build());
    assertThat(otherCountry.status())
        .as("the same name in another country is another co-op")
        .isEqualTo(201);
  }

  // browsing

  @Test
  void browse_filtersByKindCountrySectorAndFlags_andPages() {
    String sector = "sector-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      lines.add(
          Json.createObjectBuilder()
              .add("externalId", "it:" + sector + ":" + i)
              .add("name", "Filter Test " + sector + " " + i)
              .add("kind", i < 5 ? "worker" : "housing")
              .add("country", i % 2 == 0 ? "DE" : "ES")
              .add("sectors", Json.createArrayBuilder().add(sector))
              .add("hiring", i < 3)
              .build()
              .toString());
    }
    assertThat(importLines(lines.toArray(String[]::new)).created()).isEqualTo(7);

    JsonObject all = anyone().get("/api/organisations?sector=" + sector + "&size=3").json();
    assertThat(all.getInt("total")).isEqualTo(7);
    assertThat(all.getJsonArray("items")).hasSize(3);
    JsonObject third =
        anyone().get("/api/organisations?sector=" + sector + "&size=3&page=3").json();
    assertThat(third.getJsonArray("items")).hasSize(1);
    assertThat(
            anyone()
                .get("/api/organisations?sector=" + sector + "&kind=worker&country=DE")
                .json()
                .getInt("total"))
        .isEqualTo(3);
    assertThat(
            anyone()
                .get("/api/organisations?sector=" + sector + "&hiring=true")
                .json()
                .getInt("total"))
        .isEqualTo(3);
    assertThat(
            anyone()
                .get("/api/organisations?sector=" + sector.toUpperCase() + "&kind=housing")
                .json()
                .getInt("total"))
        .isEqualTo(2);

    Answer badKind = anyone().get("/api/organisations?kind=pirate&page=zero");
    assertThat(badKind.status()).isEqualTo(422);
    assertThat(badKind.body()).contains("kind").contains("page");

    Document page = Jsoup.parse(anyone().get("/coops?sector=" + sector + "&size=3&page=2").body());
    assertThat(page.select(".listing-card")).hasSize(3);
    assertThat(page.select("a[rel=prev]").attr("href"))
        .contains("sector=" + sector)
        .doesNotContain("page=");
    assertThat(page.select("a[rel=next]").attr("href")).contains("page=3");
    assertThat(page.select("h2#results-heading").text()).startsWith("7 ");
  }

  // open data

  @Test
  void exports_listPublishedListings_andNeverAPrivateEmail() throws Exception {
    Client member = People.verified(base, Mailbox.newAddress("export"));
    String name = unique("Exported Co-op");
    String secret = "secret-" + UUID.randomUUID() + "@private.example";
    String slug =
        submitAndApprove(
            member,
            listing(name).add("email", secret).add("description", "=HYPERLINK(\"http://evil\")"));
    String pendingSlug =
        member
            .postJson("/api/organisations", listing(unique("Pending Export")).build())
            .json()
            .getString("slug");

    Answer jsonl = anyone().get("/api/organisations/export.jsonl");
    assertThat(jsonl.status()).isEqualTo(200);
    assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
    assertThat(jsonl.body())
        .contains("\"slug\":\"" + slug + "\"")
        .doesNotContain(secret)
        .doesNotContain(pendingSlug)
        .doesNotContain("@" + Keys.slug(name));
    for (String line : jsonl.body().split("\n")) {
      try (var reader = Json.createReader(new StringReader(line))) {
        assertThat(reader.readObject().containsKey("email")).isFalse();
      }
    }

    Answer csv = anyone().get("/api/organisations/export.csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("slug,url,name,kind")
        .contains(slug)
        .doesNotContain(secret)
        .doesNotContain(pendingSlug);
    assertThat(csv.body()).as("a formula is neutralised").contains("'=HYPERLINK");

    Answer atom = anyone().get("/feeds/organisations.atom");
    assertThat(atom.contentType()).startsWith("application/atom+xml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var feed =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(feed.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < titles.getLength(); i++) {
      texts.add(titles.item(i).getTextContent());
    }
    assertThat(texts).contains(name);
    assertThat(atom.body()).doesNotContain(secret);
    assertThat(AtomRules.problems(feed)).as("RFC 4287's requirements").isEmpty();
  }

  // hostile input

  @Test
  void scriptInDescriptionsAndNames_isShownAsTextNeverRun() {
    Client member = People.verified(base, Mailbox.newAddress("xss"));
    String name = unique("Evil <script>alert('n')</script> Co-op");
    String slug =
        submitAndApprove(
            member,
            listing(name)
                .add(
                    "description",
                    "Hello <script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2)) ![pic](http://tracker.example/p.png)"));

    String html = anyone().get("/coops/" + slug).body();
    Document page = Jsoup.parse(html);
    assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select("[onerror]")).isEmpty();
    assertThat(page.select("h1").text()).isEqualTo(name);
    assertThat(page.select(".description").text()).contains("<script>alert('x')</script>");
    assertThat(html).doesNotContain("tracker.example/p.png\"");
  }

  @Test
  void import_reportsEachBadLineWithItsNumberAndStoresTheGoodOnes() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    ImportResult result =
        importLines(
            Json.createObjectBuilder()
                .add("externalId", "it:good1:" + tag)
                .add("name", "Good One " + tag)
                .add("kind", "worker")
                .build()
                .toString(),
            "{\"name\": \"Broken",
            Json.createObjectBuilder()
                .add("externalId", "it:kind:" + tag)
                .add("name", "Bad Kind " + tag)
                .add("kind", "guild")
                .build()
                .toString(),
            Json.createObjectBuilder()
                .add("externalId", "it:country:" + tag)
                .add("name", "Bad Country " + tag)
                .add("kind", "worker")
                .add("country", "UK")
                .build()
                .toString(),
            Json.createObjectBuilder()
                .add("externalId", "it:type:" + tag)
                .add("name", "Bad Type " + tag)
                .add("kind", "worker")
                .add("members", "twelve")
                .build()
                .toString(),
            "",
            "[1, 2, 3]",
            Json.createObjectBuilder()
                .add("externalId", "it:good2:" + tag)
                .add("name", "Good Two " + tag)
                .add("kind", "consumer")
                .add("country", "it")
                .build()
                .toString());

    assertThat(result.json().getInt("linesRead")).isEqualTo(8);
    assertThat(result.json().getInt("refused")).isEqualTo(5);
    assertThat(result.created()).isEqualTo(2);
    List<JsonObject> rejected = result.rejected().getValuesAs(JsonObject.class);
    assertThat(rejected).extracting(r -> r.getInt("line")).containsExactly(2, 3, 4, 5, 7);
    assertThat(rejected.get(0).getString("reason")).contains("not valid JSON");
    assertThat(rejected.get(1).getString("field")).isEqualTo("kind");
    assertThat(rejected.get(2).getString("reason")).contains("ISO 3166");
    assertThat(rejected.get(3).getString("reason")).contains("\"members\" must be a whole number");
    assertThat(anyone().get("/api/organisations/" + Keys.slug("Bad Kind " + tag)).status())
        .isEqualTo(404);
    assertThat(
            anyone()
                .get("/api/organisations/" + Keys.slug("Good Two " + tag))
                .json()
                .getString("country"))
        .isEqualTo("IT");

    ImportResult again =
        importLines(
            Json.createObjectBuilder()
                .add("externalId", "it:good1:" + tag)
                .add("name", "Good One " + tag)
                .add("kind", "worker")
                .add("city", "Turin")
                .build()
                .toString(),
            Json.createObjectBuilder()
                .add("externalId", "it:good2:" + tag)
                .add("name", "Good Two " + tag)
                .add("kind", "consumer")
                .add("country", "IT")
                .build()
                .toString());
    assertThat(again.created()).isZero();
    assertThat(again.json().getInt("updated")).isEqualTo(1);
    assertThat(again.json().getInt("unchanged")).isEqualTo(1);
  }

  @Test
  void import_ofABodyOverTheLimit_is413AndStoresNothing() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder body = new StringBuilder();
    String padding = "x".repeat(900);
    // The test deployment accepts 8 MiB.
    for (int i = 0; body.length() < 8_500_000; i++) {
      body.append(
              Json.createObjectBuilder()
                  .add("externalId", "it:big:" + tag + ":" + i)
                  .add("name", "Big " + tag + " " + i)
                  .add("kind", "worker")
                  .add("description", padding)
                  .build())
          .append('\n');
    }
    Answer answer =
        staff()
            .send(
                staff()
                    .request("/api/admin/organisations/import")
                    // The whole real directory takes tens of seconds on a busy 2-core CI machine;
                    // its speed is measured by DirectoryBenchmark, not here.
                    .timeout(java.time.Duration.ofMinutes(4))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.json().getString("type")).isEqualTo("/problems#too-large");
    assertThat(anyone().get("/api/organisations/" + Keys.slug("Big " + tag + " 0")).status())
        .isEqualTo(404);
  }

  @Test
  void import_needsTheStaffToken() {
    Answer answer =
        anyone()
            .send(
                anyone()
                    .request("/api/admin/organisations/import")
                    // The whole real directory takes tens of seconds on a busy 2-core CI machine;
                    // its speed is measured by DirectoryBenchmark, not here.
                    .timeout(java.time.Duration.ofMinutes(4))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void import_answers202AtOnce_andItsJobCountsTheLinesKeepsTheRefusedAndMakesThemSearchable() {
    // Letters only, so that search takes it as one word.
    StringBuilder word = new StringBuilder("zqjob");
    UUID.randomUUID()
        .toString()
        .chars()
        .limit(8)
        .filter(c -> c != '-')
        .forEach(c -> word.append((char) ('a' + Character.digit(c, 16))));
    String tag = word.toString();
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      JsonObjectBuilder line =
          Json.createObjectBuilder()
              .add("externalId", "it:job:" + tag + ":" + i)
              .add("name", tag + " Printers " + i)
              .add("kind", i == 5 ? "guild" : "worker")
              .add("country", "PT")
              .add("description", "Printing owned by the printers of " + tag + ".");
      lines.add(i == 60 ? "{\"name\": " : line.build().toString());
    }

    String job = Imports.start(staff(), String.join("\n", lines));
    JsonObject done = Imports.finish(staff(), job, java.time.Duration.ofMinutes(2));

    assertThat(done.getString("state")).as(done.toString()).isEqualTo("done");
    assertThat(done.getInt("linesRead")).isEqualTo(120);
    assertThat(done.getInt("created")).isEqualTo(118);
    assertThat(done.getInt("refused")).isEqualTo(2);
    assertThat(done.getJsonArray("problems").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("line") + " " + p.getString("field"))
        .containsExactly("5 kind", "60 ");
    assertThat(done.getInt("problemsNotShown")).isZero();
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getJsonNumber("bytesRead").longValue())
        .isEqualTo(done.getJsonNumber("bytesTotal").longValue());
    assertThat(done.getString("startedAt")).isNotBlank();
    assertThat(done.getString("finishedAt")).isNotBlank();
    assertThat(done.getString("message")).startsWith("Done: 118 created");

    List<JsonObject> recent =
        staff().get("/api/admin/organisations/imports").jsonArray().getValuesAs(JsonObject.class);
    assertThat(recent).extracting(j -> j.getString("url")).contains(job);
    assertThat(recent)
        .extracting(j -> j.getJsonNumber("id").longValue())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(recent).allSatisfy(j -> assertThat(j.containsKey("problems")).isFalse());

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .until(() -> anyone().get("/api/search?q=" + tag).json().getInt("total") == 118);
    assertThat(anyone().get(job).status()).isEqualTo(401);
  }

  @Test
  void importJob_thatDoesNotExist_is404AsAProblem() {
    Answer answer = staff().get("/api/admin/organisations/imports/987654321");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void importJob_whoseServerStoppedWithoutAWord_readsAsInterrupted_withWhatItHadDone() {
    // A running job whose heartbeat stopped three minutes ago by the database's clock, as a
    // killed instance leaves it.
    Answer left = staff().postJson("/api/admin/test-import-jobs", "{}");
    assertThat(left.status()).as(left.toString()).isEqualTo(201);
    long id = left.json().getJsonNumber("id").longValue();

    JsonObject job = staff().get("/api/admin/organisations/imports/" + id).json();

    assertThat(job.getString("state")).isEqualTo("interrupted");
    assertThat(job.getInt("linesRead")).isEqualTo(120);
    assertThat(job.getInt("created")).isEqualTo(100);
    assertThat(job.getString("message"))
        .contains("stopped after 120 lines")
        .contains("Import the same file again");
  }

  @Test
  void importPage_isForStaffOnly_andShowsTheJobsWithTheirProgress() {
    String tag = "Pagejob" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    Imports.run(
        staff(),
        List.of(
            Json.createObjectBuilder()
                .add("externalId", "it:pagejob:" + tag)
                .add("name", tag + " Weavers")
                .add("kind", "worker")
                .build()
                .toString(),
            "not json"));

    String email = Mailbox.newAddress("importer");
    Client person = People.verified(base, email);
    assertThat(person.get("/coops/imports").status()).isEqualTo(404);
    assertThat(staff().put("/api/admin/accounts/" + email + "/roles/staff").status())
        .isEqualTo(200);
    Answer page = person.get("/coops/imports");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("label[for=file]").text()).contains("File of listings");
    assertThat(html.select("section.import-job progress").first()).isNotNull();
    assertThat(html.select("section.import-job").first().text()).contains("100% of the file read");
    assertThat(html.select("#refused + div tbody tr").first().text())
        .startsWith("2 (the whole line) The line is not valid JSON");
  }

  @Test
  void import_ofEveryRealRecord_isCountedAndIdempotent() throws Exception {
    List<String> lines = SharedCoops.seedbedLines(SharedData.require("coops/coops.jsonl"));
    assertThat(lines).hasSize(7796);

    ImportResult first = importLines(lines.toArray(String[]::new));
    JsonObject json = first.json();
    int created = json.getInt("created");
    int alreadyThere = json.getInt("updated") + json.getInt("unchanged");
    List<JsonObject> rejected = first.rejected().getValuesAs(JsonObject.class);
    assertThat(json.getInt("linesRead")).isEqualTo(7796);
    assertThat(json.getInt("refused")).isEqualTo(rejected.size());
    assertThat(created + alreadyThere + rejected.size()).isEqualTo(7796);
    // Every real record goes in whole: its longest lists and tags (20 services, one of 158
    // characters; 29 technologies), and the 3 web addresses a person would have to mend, which the
    // import mends or, for several in one, takes the first of.
    assertThat(rejected).filteredOn(r -> !r.getString("field").isEmpty()).isEmpty();
    assertThat(websiteOf("TAZEBAEZ SCOOP")).isEqualTo("https://www.tzbz.coop");
    assertThat(websiteOf("With the Ranks")).isEqualTo("https://withtheranks.com");
    assertThat(websiteOf("Codeurs en Liberté")).isEqualTo("https://xn--codeursenlibert-pnb.fr/");
    // The rest are the same organisations listed by several sources, or already here.
    assertThat(rejected.stream().filter(r -> r.getString("field").isEmpty()))
        .allSatisfy(r -> assertThat(r.getString("existing")).startsWith("/coops/"));
    assertThat(created + alreadyThere).isGreaterThan(7600);

    JsonObject a2roo = anyone().get("/api/organisations/a2roo").json();
    assertThat(a2roo.getString("city")).isEqualTo("Dijon");
    assertThat(a2roo.getString("country")).isEqualTo("FR");
    assertThat(anyone().get("/api/organisations?country=GB&kind=housing").json().getInt("total"))
        .isGreaterThan(500);

    ImportResult second = importLines(lines.toArray(String[]::new));
    assertThat(second.created()).isZero();
    assertThat(second.json().getInt("updated")).isZero();
    assertThat(second.json().getInt("refused")).isEqualTo(json.getInt("refused"));
  }

  private String websiteOf(String name) {
    Answer listing = anyone().get("/api/organisations/" + Keys.slug(name));
    assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
    return listing.json().getString("website", null);
  }
}
