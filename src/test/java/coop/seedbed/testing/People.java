package coop.seedbed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;

/** People for integration tests: each a fresh account, signed in on a client of its own. */
public final class People {

  public static final String PASSWORD = "lantern orchard meadow";
  public static final String ADMIN_TOKEN = "it-admin-token-0123456789";

  private People() {}

  /** Signs up, follows the verification mail and signs in; returns the signed-in client. */
  public static Client verified(URL base, String email) {
    Client client = signedUp(base, email);
    String token = Mailbox.token(Mailbox.text(Mailbox.await(email, "Confirm")), "/verify");
    Client.Answer verified =
        client.postJson(
            "/api/accounts/verification", Json.createObjectBuilder().add("token", token).build());
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    return client;
  }

  /** Signs up and signs in without verifying the address. */
  public static Client signedUp(URL base, String email) {
    Client client = new Client(base);
    Client.Answer signUp =
        client.postJson(
            "/api/accounts",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build());
    assertThat(signUp.status()).as(signUp.toString()).isEqualTo(202);
    Client.Answer signIn =
        client.postJson(
            "/api/session",
            Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build());
    assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
    return client;
  }

  /** Staff automation: the admin token of the test deployment. */
  public static Client staff(URL base) {
    return new Client(base).withBearer(ADMIN_TOKEN);
  }
}
