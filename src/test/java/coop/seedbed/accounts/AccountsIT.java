package coop.seedbed.accounts;

import static coop.seedbed.testing.Client.fields;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.OwnDeploymentsLast.OwnDeployment;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts over HTTP against the real WAR: sign-up, mail through a real SMTP server, verification,
 * sign-in by password and by link, resets, rate limits, export and deletion, and the problem+json
 * answers of the API.
 */
@ExtendWith(ArquillianExtension.class)
@OwnDeployment
class AccountsIT {

  static final String ADMIN_TOKEN = "it-admin-token-0123456789";
  static final String PASSWORD = "lantern orchard meadow";

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.ofItsOwn();
  }

  private Client client() {
    return new Client(base);
  }

  private static JsonObject signUpBody(String email, String password) {
    var body = Json.createObjectBuilder().add("email", email).add("displayName", "Ada");
    if (password != null) {
      body.add("password", password);
    }
    return body.build();
  }

  /** Signs up and follows the verification mail; returns a client signed in as the new account. */
  private Client verifiedMember(String email) {
    Client client = client();
    assertThat(client.postJson("/api/accounts", signUpBody(email, PASSWORD)).status())
        .isEqualTo(202);
    String token = Mailbox.token(Mailbox.text(Mailbox.await(email, "Confirm")), "/verify");
    assertThat(
            client
                .postJson(
                    "/api/accounts/verification",
                    Json.createObjectBuilder().add("token", token).build())
                .status())
        .isEqualTo(200);
    Answer signIn = client.postJson("/api/session", credentials(email, PASSWORD));
    assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
    return client;
  }

  private static JsonObject credentials(String email, String password) {
    return Json.createObjectBuilder().add("email", email).add("password", password).build();
  }

  // sign up

  @Test
  void signUp_mailsAVerificationLinkThatConfirmsTheAddressOnce() throws Exception {
    Client client = client();
    String email = Mailbox.newAddress("ada");

    Answer answer = client.postJson("/api/accounts", signUpBody(email, PASSWORD));
    assertThat(answer.status()).isEqualTo(202);

    MimeMessage message = Mailbox.await(email, "Confirm your email address");
    String text = Mailbox.text(message);
    assertThat(Mailbox.html(message)).contains("Confirm my address");
    String token = Mailbox.token(text, "/verify");

    Answer signedIn = client.postJson("/api/session", credentials(email, PASSWORD));
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.json().getBoolean("emailVerified")).isFalse();

    Answer verified =
        client.postJson(
            "/api/accounts/verification", Json.createObjectBuilder().add("token", token).build());
    assertThat(verified.status()).isEqualTo(200);
    assertThat(client.get("/api/me").json().getBoolean("emailVerified")).isTrue();

    Answer again =
        client.postJson(
            "/api/accounts/verification", Json.createObjectBuilder().add("token", token).build());
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.json().getString("detail")).contains("already been used");
  }

  @Test
  void verifyPage_confirmsTheAddressFromTheMailedLink() {
    String email = Mailbox.newAddress("page-verify");
    client().postJson("/api/accounts", signUpBody(email, null));
    String token = Mailbox.token(Mailbox.text(Mailbox.await(email, "Confirm")), "/verify");

    Answer page = client().get("/verify?token=" + token);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Your email address is confirmed");

    Answer reused = client().get("/verify?token=" + token);
    assertThat(reused.body())
        .contains("We could not confirm your address")
        .contains("already been used");
  }

  @Test
  void signUp_withAWeakPassword_isRefusedBesideThePasswordFieldAndCreatesNothing() {
    Client client = client();
    String email = Mailbox.newAddress("weak");

    Answer answer = client.postJson("/api/accounts", signUpBody(email, "password123"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getString("type")).isEqualTo("/problems#validation");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
    assertThat(client.postJson("/api/session", credentials(email, "password123")).status())
        .isEqualTo(401);
  }

  @Test
  void signUp_withAnAddressInUse_mailsTheOwnerInsteadOfSayingSo() {
    String email = Mailbox.newAddress("twice");
    assertThat(client().postJson("/api/accounts", signUpBody(email, PASSWORD)).status())
        .isEqualTo(202);
    Answer second = client().postJson("/api/accounts", signUpBody(email, "another long password"));

    assertThat(second.status()).isEqualTo(202);
    Mailbox.await(email, "You already have a Seedbed account");
    assertThat(
            client().postJson("/api/session", credentials(email, "another long password")).status())
        .isEqualTo(401);
  }

  @Test
  void signUp_withTheHoneypotFilled_looksAcceptedButCreatesNothing() {
    String email = Mailbox.newAddress("robot");
    JsonObject body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("website", "http://spam.example")
            .build();

    assertThat(client().postJson("/api/accounts", body).status()).isEqualTo(202);
    assertThat(client().postJson("/api/session", credentials(email, PASSWORD)).status())
        .isEqualTo(401);
  }

  // sign in

  @Test
  void signIn_withAWrongPassword_answers401WithoutSayingWhichPartWasWrong() {
    String email = Mailbox.newAddress("wrong");
    verifiedMember(email);

    Answer wrong = client().postJson("/api/session", credentials(email, "not the password at all"));
    Answer unknown =
        client().postJson("/api/session", credentials(Mailbox.newAddress("nobody"), PASSWORD));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
  }

  @Test
  void signIn_setsAHardenedSessionCookie_andSignOutEndsTheSession() {
    String email = Mailbox.newAddress("cookie");
    Client client = verifiedMember(email);

    Answer signIn = client().postJson("/api/session", credentials(email, PASSWORD));
    String setCookie = signIn.header("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .contains("SEEDBED_SESSION=")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");

    assertThat(client.get("/api/me").json().getString("email")).isEqualTo(email);
    assertThat(client.delete("/api/session").status()).isEqualTo(204);
    Answer after = client.get("/api/me");
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().getString("type")).isEqualTo("/problems#not-signed-in");
  }

  @Test
  void aSignedInPerson_staysSignedIn_whenTheirSessionsInstanceStops() {
    String email = Mailbox.newAddress("failover");
    Client client = verifiedMember(email);
    String before = client.cookie("SEEDBED_SESSION").orElseThrow().getValue();

    // The instance forgets every web session, as one killed and restarted does; the browser
    // still sends its cookie, as it would to the instance the proxy chooses next.
    assertThat(client().withBearer(ADMIN_TOKEN).delete("/api/admin/test-sessions").status())
        .isEqualTo(204);
    Answer me = client.get("/api/me");

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().getString("email")).isEqualTo(email);
    assertThat(client.cookie("SEEDBED_SESSION").orElseThrow().getValue())
        .as("a session of this instance's own")
        .isNotEqualTo(before);
    assertThat(client.get("/api/me").status()).isEqualTo(200);

    // Signing out ends it for good: forgotten again, the session is not taken over.
    assertThat(client.delete("/api/session").status()).isEqualTo(204);
    assertThat(client().withBearer(ADMIN_TOKEN).delete("/api/admin/test-sessions").status())
        .isEqualTo(204);
    assertThat(client.get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void signIn_tooOften_isLimitedWith429AndRetryAfter() {
    Client client = client();
    String email = Mailbox.newAddress("hammer");
    int status = 0;
    Answer last = null;
    for (int attempt = 0; attempt < 12 && status != 429; attempt++) {
      last = client.postJson("/api/session", credentials(email, "guess number " + attempt));
      status = last.status();
    }

    assertThat(status).isEqualTo(429);
    assertThat(last.header("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    assertThat(last.json().getString("type")).isEqualTo("/problems#rate-limited");
    // Another address is not held back by this one's limit.
    assertThat(
            client()
                .postJson(
                    "/api/session", credentials(Mailbox.newAddress("other"), "x long password"))
                .status())
        .isEqualTo(401);
  }

  @Test
  void mailedLink_signsInOnce_andCannotBeUsedAgain() {
    String email = Mailbox.newAddress("link");
    client().postJson("/api/accounts", signUpBody(email, null));
    Client client = client();

    assertThat(
            client
                .postJson(
                    "/api/session/links", Json.createObjectBuilder().add("email", email).build())
                .status())
        .isEqualTo(202);
    String token =
        Mailbox.token(Mailbox.text(Mailbox.await(email, "sign-in link")), "/signin-link");
    JsonObject body = Json.createObjectBuilder().add("token", token).build();

    Answer first = client.postJson("/api/session/links/redemption", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getBoolean("emailVerified"))
        .as("following the link proves the address")
        .isTrue();
    assertThat(client.get("/api/me").json().getString("email")).isEqualTo(email);

    Answer second = client().postJson("/api/session/links/redemption", body);
    assertThat(second.status()).isEqualTo(410);
  }

  @Test
  void mailedLink_afterItsLifetime_isRefusedAsExpired() {
    String email = Mailbox.newAddress("late");
    client().postJson("/api/accounts", signUpBody(email, null));
    client().postJson("/api/session/links", Json.createObjectBuilder().add("email", email).build());
    String token =
        Mailbox.token(Mailbox.text(Mailbox.await(email, "sign-in link")), "/signin-link");
    JsonObject body = Json.createObjectBuilder().add("token", token).build();

    // Sign-in links live fifteen minutes: the test deployment's clock moves past them.
    TestClock.advance(base, Duration.ofMinutes(16));
    Answer answer = client().postJson("/api/session/links/redemption", body);

    assertThat(answer.status()).isEqualTo(410);
    assertThat(answer.json().getString("detail")).contains("expired");
  }

  @Test
  void mailedLink_forAnUnknownAddress_invitesToSignUpAndAnswersTheSame() {
    String email = Mailbox.newAddress("stranger");
    Answer answer =
        client()
            .postJson("/api/session/links", Json.createObjectBuilder().add("email", email).build());

    assertThat(answer.status()).isEqualTo(202);
    assertThat(Mailbox.text(Mailbox.await(email, "no Seedbed account"))).contains("/signup");
  }

  // password reset

  @Test
  void reset_setsANewPassword_endsTheOldOne_andTheLinkWorksOnce() {
    String email = Mailbox.newAddress("forgetful");
    verifiedMember(email);

    client()
        .postJson("/api/password-resets", Json.createObjectBuilder().add("email", email).build());
    String token =
        Mailbox.token(
            Mailbox.text(Mailbox.await(email, "new Seedbed password")), "/reset-password");

    Answer weak =
        client()
            .postJson(
                "/api/password-resets/redemption",
                Json.createObjectBuilder().add("token", token).add("password", "short").build());
    assertThat(weak.status()).isEqualTo(422);

    Client client = client();
    Answer reset =
        client.postJson(
            "/api/password-resets/redemption",
            Json.createObjectBuilder()
                .add("token", token)
                .add("password", "a brand new passphrase")
                .build());
    assertThat(reset.status())
        .as("a refused password leaves the link usable: " + reset)
        .isEqualTo(200);
    assertThat(client.get("/api/me").status()).isEqualTo(200);

    assertThat(client().postJson("/api/session", credentials(email, PASSWORD)).status())
        .isEqualTo(401);
    assertThat(
            client()
                .postJson("/api/session", credentials(email, "a brand new passphrase"))
                .status())
        .isEqualTo(200);
    Mailbox.await(email, "password was changed");

    Answer reused =
        client()
            .postJson(
                "/api/password-resets/redemption",
                Json.createObjectBuilder()
                    .add("token", token)
                    .add("password", "yet another passphrase")
                    .build());
    assertThat(reused.status()).isEqualTo(410);
  }

  // your data

  @Test
  void export_containsTheAccountAndItsMail_withoutSecrets() {
    String email = Mailbox.newAddress("export");
    Client client = verifiedMember(email);

    Answer export = client.get("/api/me/export");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
    JsonObject data = export.json();
    assertThat(data.getJsonObject("account").getString("email")).isEqualTo(email);
    assertThat(data.getJsonObject("account").getString("displayName")).isEqualTo("Ada");
    assertThat(data.getJsonArray("mailedLinks")).isNotEmpty();
    assertThat(data.getJsonArray("mail").toString()).contains("Confirm your email address");
    assertThat(export.body())
        .doesNotContain("PBKDF2")
        .doesNotContain("token_hash")
        .doesNotContain(PASSWORD);
  }

  @Test
  void deletion_needsTheEmailTyped_thenRemovesEverythingAndSaysGoodbye() {
    String email = Mailbox.newAddress("leaving");
    Client client = verifiedMember(email);

    Answer mistyped =
        client.postJson(
            "/api/me/deletion",
            Json.createObjectBuilder().add("confirmEmail", "someone@else.example").build());
    assertThat(mistyped.status()).isEqualTo(422);
    assertThat(client.get("/api/me").status()).isEqualTo(200);

    Answer deleted =
        client.postJson(
            "/api/me/deletion",
            Json.createObjectBuilder().add("confirmEmail", email.toUpperCase()).build());
    assertThat(deleted.status()).isEqualTo(204);

    assertThat(client.get("/api/me").status()).isEqualTo(401);
    assertThat(client().postJson("/api/session", credentials(email, PASSWORD)).status())
        .isEqualTo(401);
    Mailbox.await(email, "account is deleted");
  }

  @Test
  void export_withoutSigningIn_isRefused() {
    assertThat(client().get("/api/me/export").status()).isEqualTo(401);
  }

  // staff

  @Test
  void adminToken_grantsAndRevokesRoles_andAWrongTokenIsRefused() {
    String email = Mailbox.newAddress("volunteer");
    verifiedMember(email);
    Client staff = client().withBearer(ADMIN_TOKEN);

    Answer granted = staff.put("/api/admin/accounts/" + email + "/roles/volunteer");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(granted.json().getJsonArray("roles").toString()).contains("volunteer");

    Answer revoked = staff.delete("/api/admin/accounts/" + email + "/roles/volunteer");
    assertThat(revoked.json().getJsonArray("roles").toString()).doesNotContain("volunteer");

    Answer unknownRole = staff.put("/api/admin/accounts/" + email + "/roles/emperor");
    assertThat(unknownRole.status()).isEqualTo(422);

    Answer wrongToken =
        client()
            .withBearer("not-the-token-at-all")
            .put("/api/admin/accounts/" + email + "/roles/staff");
    assertThat(wrongToken.status()).isEqualTo(401);
    assertThat(wrongToken.json().getString("type")).isEqualTo("/problems#not-signed-in");
  }

  @Test
  void aMember_cannotGiveRoles() {
    String email = Mailbox.newAddress("member");
    Client member = verifiedMember(email);

    Answer answer = member.put("/api/admin/accounts/" + email + "/roles/staff");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().getString("type")).isEqualTo("/problems#forbidden");
  }

  @Test
  void theConfiguredAdminEmail_becomesAdminOnceVerified() {
    // SEEDBED_ADMIN_EMAIL of the test deployment; only this test uses it.
    Client admin = verifiedMember("admin@admin.it.example");
    assertThat(admin.get("/api/me").json().getJsonArray("roles").toString())
        .contains("admin", "staff");
  }

  // problems

  @Test
  void unknownApiPath_isA404Problem() {
    Answer answer = client().get("/api/no-such-thing");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).contains("/api/no-such-thing");
  }

  @Test
  void malformedJson_isA400Problem() {
    Answer answer = client().postJson("/api/accounts", "{\"email\": ");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().getString("type")).isEqualTo("/problems#malformed");
  }

  @Test
  void missingBody_isA422ProblemNamingWhatIsMissing() {
    Answer answer = client().postJson("/api/session", "{}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().getJsonArray("errors").toString()).contains("email", "password");
  }

  @Test
  void wrongContentType_isA415Problem() {
    Answer answer = client().postForm("/api/accounts", fields("email", "a@b.example"));
    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.json().getString("type")).isEqualTo("/problems#unsupported-media-type");
  }

  @Test
  void wrongMethod_isA405ProblemWithAllow() {
    Answer answer =
        client()
            .send(
                client()
                    .request("/api/accounts")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.json().getString("type")).isEqualTo("/problems#method-not-allowed");
  }

  @Test
  void aWriteFromAnotherSite_isRefused() {
    Client client = client();
    Answer answer =
        client.send(
            client
                .request("/api/accounts")
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        signUpBody(Mailbox.newAddress("x"), PASSWORD).toString())));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().getString("detail")).contains("another site");
  }
}
