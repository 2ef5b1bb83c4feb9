package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.Multipart;
import coop.seedbed.testing.PageForm;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What careless clients and attackers send, over HTTP: bodies of the wrong shape, requests without
 * their body, session ids in paths, lists and texts longer than anything stores, and huge form
 * posts. None of them may reach a 500; each API refusal is problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

  /** JSON that parses but is not an object. */
  private static final List<String> NOT_OBJECTS = List.of("null", "[]", "[{}]", "\"text\"", "42");

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  /** Every operation of the API description, as method and path with its parameters filled in. */
  private List<String[]> operations(String bodyType) {
    JsonObject paths = new Client(base).get("/openapi?format=JSON").json().getJsonObject("paths");
    List<String[]> operations = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      if (method.equals("parameters")) {
                        return;
                      }
                      JsonObject content =
                          operation.asJsonObject().getJsonObject("requestBody") == null
                              ? JsonObject.EMPTY_JSON_OBJECT
                              : operation
                                  .asJsonObject()
                                  .getJsonObject("requestBody")
                                  .getJsonObject("content");
                      if (bodyType == null || content.containsKey(bodyType)) {
                        operations.add(
                            new String[] {method.toUpperCase(), path.replaceAll("\\{[^}]+}", "1")});
                      }
                    }));
    assertThat(operations).isNotEmpty();
    return operations;
  }

  private static void assertRefusedAsProblem(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
  }

  // bodies of the wrong shape

  @Test
  void aJsonBodyThatIsNotAnObject_isA400_onTheEndpointsFoundBroken() {
    Client client = new Client(base);
    for (String[] operation :
        List.of(
            new String[] {"POST", "/api/search"},
            new String[] {"POST", "/api/organisations/confirmation"},
            new String[] {"POST", "/api/organisations/claims/redemption"},
            new String[] {"PUT", "/api/organisations/some-coop/status"})) {
      for (String body : NOT_OBJECTS) {
        Answer answer = send(client, operation[0], operation[1], body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("type")).isEqualTo("/problems#malformed");
        assertThat(answer.json().getString("detail")).contains("JSON object");
      }
    }
  }

  @Test
  void aJsonBodyThatIsNotAnObject_isRefused_byEveryJsonOperation_evenForStaff() {
    for (Client client : List.of(new Client(base), People.staff(base))) {
      for (String[] operation : operations("application/json")) {
        for (String body : NOT_OBJECTS) {
          assertRefusedAsProblem(send(client, operation[0], operation[1], body));
        }
      }
    }
  }

  /** Found by the sweep on PostgreSQL, which cannot take U+0000 in the text of a query. */
  @Test
  void aNulInAQueryParameter_isRefusedOnThatParameter_notA500() {
    for (Client client : List.of(new Client(base), People.staff(base))) {
      for (String[] address :
          List.of(
              new String[] {"/api/documents?jurisdiction=uk%00", "jurisdiction"},
              new String[] {"/api/organisations?country=%00", "country"},
              new String[] {"/api/search?q=bakery%00", "q"})) {
        Answer answer = client.get(address[0]);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
            .isEqualTo(address[1]);
      }
    }
  }

  @Test
  void anUploadWithoutItsMultipartBody_isRefused_notANullPointer() {
    Client anonymous = new Client(base);
    Client staff = People.staff(base);
    for (Client client : List.of(anonymous, staff)) {
      for (String[] operation :
          List.of(
              new String[] {"POST", "/api/documents"},
              new String[] {"PUT", "/api/documents/some-document/file"})) {
        assertRefusedAsProblem(
            client.send(
                client
                    .request(operation[1])
                    .method(operation[0], HttpRequest.BodyPublishers.noBody())));
        assertRefusedAsProblem(
            client.send(
                client
                    .request(operation[1])
                    .header("Content-Type", "multipart/form-data; boundary=nothing")
                    .method(operation[0], HttpRequest.BodyPublishers.noBody())));
        assertRefusedAsProblem(
            client.send(
                client
                    .request(operation[1])
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .method(
                        operation[0],
                        HttpRequest.BodyPublishers.ofString(
                            "--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--\r\n"))));
      }
    }
  }

  private Answer send(Client client, String method, String path, String body) {
    return client.send(
        client
            .request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void aSessionIdInAPathParameter_isNeverA500() {
    for (Client client : List.of(new Client(base), People.staff(base))) {
      for (String[] operation : operations(null)) {
        if (!operation[1].contains("/1")) {
          continue;
        }
        for (String id : List.of(";jsessionid=0123456789ABCDEF", "%3Bjsessionid%3D0123456789")) {
          String path = operation[1].replaceFirst("/1", "/1" + id);
          HttpRequest.Builder request = client.request(path);
          if (!operation[0].equals("GET") && !operation[0].equals("DELETE")) {
            request
                .header("Content-Type", "application/json")
                .method(operation[0], HttpRequest.BodyPublishers.ofString("{}"));
          } else {
            request.method(operation[0], HttpRequest.BodyPublishers.noBody());
          }
          Answer answer = client.send(request);
          assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        }
      }
    }
    for (String page :
        List.of(
            "/;jsessionid=1",
            "/coops/x;jsessionid=1",
            "/coops/x;jsessionid=1/edit",
            "/coops/x/edit;jsessionid=1",
            "/guides/x;jsessionid=1",
            "/documents/x;jsessionid=1",
            "/candle/bookings/0123456789abcdef;jsessionid=1",
            "/accelerator/x;jsessionid=1",
            "/accelerator/applications/1;jsessionid=1",
            "/accelerator/tracks/x;jsessionid=1",
            "/match/people/x;jsessionid=1",
            "/search;jsessionid=1?q=co-op")) {
      Answer answer = new Client(base).get(page);
      assertThat(answer.status()).as(answer.toString()).isLessThan(500);
    }
  }

  // volunteer profiles

  private Client volunteer() {
    String email = Mailbox.newAddress("hardened-volunteer");
    Client client = People.verified(base, email);
    Answer granted = People.staff(base).put("/api/admin/accounts/" + email + "/roles/volunteer");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    return client;
  }

  private JsonObject profile(JsonArrayBuilder languages, String overrides) {
    return Json.createObjectBuilder()
        .add("name", "Ada Volunteer")
        .add("bio", "Co-founder of a worker co-op; happy to talk governance.")
        .add("topics", Json.createArrayBuilder().add("governance"))
        .add("languages", languages)
        .add("timeZone", "Europe/London")
        .add("weeklyHours", "Mon 10:00-12:00")
        .add("overrides", overrides)
        .build();
  }

  private JsonArrayBuilder languages(int count) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      list.add("" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + (i >= 676 ? "a" : ""));
    }
    return list;
  }

  @Test
  void manyLanguages_orLongOverrides_areRefusedOnTheirField_notA500() {
    Client client = volunteer();
    assertThat(client.putJson("/api/candle/me", profile(languages(3), "")).status()).isEqualTo(200);

    Answer languages = client.putJson("/api/candle/me", profile(languages(62), ""));
    assertRefusedAsProblem(languages);
    assertThat(languages.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("languages");

    StringBuilder overrides = new StringBuilder();
    for (int day = 1; overrides.length() < 5_000; day++) {
      overrides.append(
          String.format("2027-%02d-%02d 09:00-10:00,11:00-12:00\n", 1 + day / 28, 1 + day % 28));
    }
    Answer long_ = client.putJson("/api/candle/me", profile(languages(1), overrides.toString()));
    assertRefusedAsProblem(long_);
    assertThat(long_.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("overrides");
  }

  @Test
  void twoHundredThousandLanguages_areRefused() {
    Client client = volunteer();
    JsonArrayBuilder many = Json.createArrayBuilder();
    for (int i = 0; i < 200_000; i++) {
      many.add("en");
    }
    Answer answer = client.putJson("/api/candle/me", profile(many, ""));
    assertRefusedAsProblem(answer);
    assertThat(answer.json().toString()).contains("languages");
  }

  @Test
  void aHugeFormPost_toAPageOtherThanDocuments_isRefusedUnread() {
    Client browser = new Client(base);
    Map<String, String> fields = PageForm.on(browser.get("/signup").body(), "signup").fields();
    Multipart form = new Multipart();
    fields.forEach(form::field);
    byte[] padding = new byte[30 * 1024 * 1024];
    Arrays.fill(padding, (byte) 'a');
    Answer answer;
    try {
      answer =
          browser.send(
              form.file("padding", "padding.txt", "text/plain", padding)
                  .into(browser.request("/signup"), "POST"));
    } catch (UncheckedIOException e) {
      // The server may close the connection before the client has sent the whole body.
      assertThat(e.getCause()).isInstanceOf(IOException.class);
      return;
    }
    assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
  }

  @Test
  void theNotFoundPage_isServedAsHtml_likeEveryOtherPage() {
    Answer missing = new Client(base).get("/no-such-page/anywhere");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("text/html");
    assertThat(new Client(base).get("/").contentType()).startsWith("text/html");
  }

  @Test
  void everyGuideThatNamesLegalForms_saysItIsNotLegalAdvice() {
    Client client = new Client(base);
    List<String> withForms = new ArrayList<>();
    for (JsonObject guide : client.get("/api/guides").jsonArray().getValuesAs(JsonObject.class)) {
      if (guide.containsKey("legalForms") && !guide.getJsonArray("legalForms").isEmpty()) {
        withForms.add(guide.getString("slug"));
      }
    }
    assertThat(withForms).contains("worker-coops", "consumer-coops", "multi-stakeholder-coops");
    for (String slug : withForms) {
      Answer page = client.get("/guides/" + slug);
      assertThat(page.status()).as(slug).isEqualTo(200);
      assertThat(Jsoup.parse(page.body()).select("aside.legal-notice").text())
          .as(slug)
          .contains("Information, not legal advice");
    }
  }
}
