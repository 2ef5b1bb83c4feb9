package coop.seedbed.web;

import static coop.seedbed.testing.Client.fields;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.http.ProblemType;
import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.OpenApiChecks;
import coop.seedbed.testing.PageForm;
import coop.seedbed.testing.SeedbedWar;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTML side over HTTP, as a browser without JavaScript would use it: the layout and its
 * security headers, forms with their anti-forgery token, messages beside fields, error pages, and
 * the operational endpoints.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  private Client client() {
    return new Client(base);
  }

  // layout

  @Test
  void homePage_explainsSeedbedAndLeadsToEveryPart() {
    Answer home = client().get("/");

    assertThat(home.status()).isEqualTo(200);
    Document page = Jsoup.parse(home.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h1").text()).contains("co-operative");
    assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
    assertThat(page.getElementById("main")).isNotNull();
    assertThat(page.select("nav[aria-label=Main] a").eachAttr("href"))
        .containsExactly("/search", "/coops", "/guides", "/candle", "/accelerator", "/match");
    assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/search");
    assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
  }

  @Test
  void everyPage_carriesTheSecurityHeaders() {
    for (String path :
        new String[] {
          "/", "/signup", "/no-such-page", "/api/no-such-thing", "/static/seedbed.css"
        }) {
      Answer answer = client().get(path);
      String csp = answer.header("Content-Security-Policy").orElse("");
      assertThat(csp)
          .as(path)
          .contains("default-src 'self'")
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(answer.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(answer.header("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(answer.header("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  void pagesWithoutForms_doNotStartASession() {
    Answer home = client().get("/");
    assertThat(home.header("Set-Cookie")).isEmpty();
  }

  @Test
  void pagesLoadNothingFromOtherHosts() {
    for (String path : new String[] {"/", "/signup", "/signin", "/account", "/no-such-page"}) {
      Document page = Jsoup.parse(client().get(path).body());
      assertThat(page.select("script[src], link[href], img[src], iframe").eachAttr("abs:src"))
          .as(path)
          .allSatisfy(url -> assertThat(url).doesNotStartWith("http"));
      assertThat(page.select("link[href]").eachAttr("href"))
          .as(path)
          .allSatisfy(h -> assertThat(h).startsWith("/"));
      assertThat(page.select("script:not([src])")).as(path + " has no inline script").isEmpty();
      assertThat(page.select("[style]")).as(path + " has no inline style").isEmpty();
    }
  }

  @Test
  void unknownPage_isA404ThatHelps() {
    Answer answer = client().get("/coops-and-more/nowhere");
    assertThat(answer.status()).isEqualTo(404);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.select("h1").text()).contains("could not find");
    assertThat(page.body().text()).contains("/coops-and-more/nowhere");
    assertThat(page.select("form[role=search]")).isNotEmpty();
    assertThat(page.select("main a").eachAttr("href")).contains("/", "/guides");
  }

  @Test
  void stylesheetAndIcon_areServedFromHere() {
    Answer css = client().get("/static/seedbed.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.body()).contains("prefers-color-scheme: dark");
    assertThat(client().get("/static/favicon.svg").contentType()).startsWith("image/svg+xml");
  }

  // forms

  @Test
  void signUpForm_createsAnAccountAndShowsCheckYourMail() {
    Client browser = client();
    String email = Mailbox.newAddress("form");
    PageForm form = PageForm.on(browser.get("/signup").body(), "signup");

    Answer posted =
        form.set("email", email).set("password", "quiet river stones").submit(browser, "create");

    assertThat(posted.status()).as(posted.toString()).isEqualTo(302);
    assertThat(posted.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/check-mail"));
    assertThat(browser.follow(posted).body()).contains("Check your mail");
    Mailbox.await(email, "Confirm your email address");
  }

  @Test
  void signUpForm_showsEachProblemBesideItsField_andKeepsWhatWasTyped() {
    Client browser = client();
    PageForm form = PageForm.on(browser.get("/signup").body(), "signup");

    Answer posted =
        form.set("email", "not-an-address")
            .set("displayName", "Grace")
            .set("password", "short")
            .submit(browser, "create");

    assertThat(posted.status()).isEqualTo(200);
    Document page = Jsoup.parse(posted.body());
    assertThat(page.getElementById("email-error").text())
        .contains("does not look like an email address");
    assertThat(page.getElementById("displayName").val()).isEqualTo("Grace");
  }

  @Test
  void aFormPostWithoutTheToken_isRefusedAndChangesNothing() {
    Client browser = client();
    String email = Mailbox.newAddress("forged");
    PageForm form = PageForm.on(browser.get("/signup").body(), "signup");

    Answer forged =
        form.set("email", email)
            .set("password", "quiet river stones")
            .remove("_csrf")
            .submit(browser, "create");

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("did not come from Seedbed");
    Answer tampered =
        PageForm.on(browser.get("/signup").body(), "signup")
            .set("email", email)
            .set("password", "quiet river stones")
            .set("_csrf", "guessed")
            .submit(browser, "create");
    assertThat(tampered.status()).isEqualTo(403);
    // Neither attempt created the account: signing up for real still sends the first-time mail.
    Answer real =
        PageForm.on(browser.get("/signup").body(), "signup")
            .set("email", email)
            .set("password", "quiet river stones")
            .submit(browser, "create");
    assertThat(real.status()).isEqualTo(302);
    Mailbox.await(email, "Confirm your email address");
    assertThat(Mailbox.all(email)).hasSize(1);
  }

  @Test
  void aFormPostFromAnotherSession_isRefused() {
    Client attacker = client();
    PageForm form = PageForm.on(attacker.get("/signup").body(), "signup");
    Client victim = client();
    victim.get("/signup");

    Answer answer =
        victim.postForm("/signup", form.set("email", Mailbox.newAddress("victim")).fields());

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void signInForm_signsIn_showsTheAccount_andSignOutWorks() {
    Client browser = client();
    String email = Mailbox.newAddress("pages");
    browser.postJson(
        "/api/accounts",
        jakarta.json.Json.createObjectBuilder()
            .add("email", email)
            .add("password", "quiet river stones")
            .build());

    Answer account = browser.get("/account");
    assertThat(account.status()).isEqualTo(302);
    assertThat(account.header("Location").orElseThrow())
        .contains("/signin")
        .contains("next=%2Faccount");

    PageForm form = PageForm.on(browser.get("/signin?next=/account").body(), "signin");
    Answer wrong =
        form.set("email", email).set("password", "not my password").submit(browser, "signIn");
    assertThat(Jsoup.parse(wrong.body()).select(".message-error").text()).contains("do not match");

    form = PageForm.on(browser.get("/signin?next=/account").body(), "signin");
    Answer signedIn =
        form.set("email", email).set("password", "quiet river stones").submit(browser, "signIn");
    assertThat(signedIn.status()).isEqualTo(302);
    Document page = Jsoup.parse(browser.follow(signedIn).body());
    assertThat(page.select("h1").text()).isEqualTo("Your account");
    assertThat(page.body().text()).contains(email).contains("not confirmed yet");
    // The home page is kept for visitors without a session; a signed-in person gets their own.
    assertThat(client().get("/").body()).contains("Sign up").doesNotContain("Your account");
    assertThat(browser.get("/").body()).contains("Your account").doesNotContain(">Sign up<");

    String token = page.select("form[action=/signout] input[name=_csrf]").val();
    Answer out = browser.postForm("/signout", fields("_csrf", token));
    assertThat(out.status()).isEqualTo(302);
    assertThat(browser.get("/account").status()).isEqualTo(302);
  }

  @Test
  void tooManyAnonymousPosts_getA429PageWithRetryAfter() {
    Client browser = client();
    Answer answer = null;
    // The anonymous write limit is 60 a minute per address.
    for (int i = 0; i < 70; i++) {
      answer = browser.postForm("/signin", fields("email", "x@example.org"));
      if (answer.status() == 429) {
        break;
      }
    }
    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("Retry-After")).isPresent();
    assertThat(answer.body()).contains("Please slow down");
  }

  // operations

  @Test
  void health_metrics_andOpenApi_answer() {
    Client client = client();
    Answer ready = client.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("database").contains("UP");
    assertThat(client.get("/health/live").status()).isEqualTo(200);
    Answer metrics = client.get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("seedbed_mail_sent");
    Answer openapi = client.get("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/accounts").contains("Seedbed API");
  }

  @Test
  void openApi_asServed_validates_andItsYamlSaysItIsYaml() {
    Client client = client();
    Answer json = client.send(client.request("/openapi").header("Accept", "application/json"));
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().containsKey("endpoints")).as("Payara's own additions").isFalse();
    assertThat(json.json().getJsonArray("servers").getJsonObject(0).getString("url"))
        .doesNotEndWith("/");
    assertThat(OpenApiChecks.problems(json.body())).isEmpty();

    Answer plain = client.get("/openapi");
    assertThat(plain.contentType()).startsWith("application/yaml");
    assertThat(plain.body()).contains("openapi: 3.0.3");
    Answer yaml = client.send(client.request("/openapi").header("Accept", "application/yaml"));
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.contentType()).startsWith("application/yaml");
    assertThat(OpenApiChecks.problems(yaml.body())).isEmpty();
  }

  @Test
  void metrics_describeEverySeedbedMetric_andRefuseOpenMetricsOnlyClientsInJson() {
    Client client = client();
    String text = client.get("/metrics").body();
    List<String> help = text.lines().filter(line -> line.startsWith("# HELP seedbed_")).toList();
    assertThat(help).isNotEmpty();
    assertThat(help).allMatch(line -> line.matches("# HELP seedbed_\\w+ \\S.*"));

    Answer openMetrics =
        client.send(
            client
                .request("/metrics")
                .header("Accept", "application/openmetrics-text; version=1.0.0"));
    assertThat(openMetrics.status()).isEqualTo(406);
    assertThat(openMetrics.contentType()).startsWith("application/problem+json");
    assertThat(openMetrics.json().getString("detail")).contains("text/plain");

    Answer prometheus =
        client.send(
            client
                .request("/metrics")
                .header(
                    "Accept",
                    "application/openmetrics-text;version=1.0.0;q=0.75,text/plain;version=0.0.4;q=0.5"));
    assertThat(prometheus.status()).isEqualTo(200);
  }

  @Test
  void problemTypesPage_documentsEveryTypeTheApiSends() {
    Document page = Jsoup.parse(client().get("/problems").body());
    // Every problem is made from a ProblemType, so this is every type the API can answer with.
    for (ProblemType type : ProblemType.values()) {
      assertThat(page.getElementById(type.slug())).as(type.slug()).isNotNull();
      assertThat(page.getElementById(type.slug()).text())
          .as(type.slug())
          .contains("(" + type.status() + ")");
    }
  }
}
