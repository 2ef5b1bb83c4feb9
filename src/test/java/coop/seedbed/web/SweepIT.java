package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.HostileSweep;
import coop.seedbed.testing.HostileSweep.Caller;
import coop.seedbed.testing.HostileSweep.Report;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sweep over the whole API as the document at {@code /openapi} describes it: hostile input to
 * every operation as several callers. Who may call each operation is {@link AuthorizationIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class SweepIT {

  /** The sweep's seed; {@code -Dit.sweep.seed=...} repeats another run. */
  private static final long SEED = Long.getLong("it.sweep.seed", 20261206L);

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @Test
  void hostileInput_toEveryOperation_isRefusedAsProblem_neverA500_andWritesNothing() {
    String email = Mailbox.newAddress("sweep");
    Client user = People.verified(base, email);
    Answer volunteer = People.staff(base).put("/api/admin/accounts/" + email + "/roles/volunteer");
    assertThat(volunteer.status()).as(volunteer.toString()).isEqualTo(200);
    String slug = submitListing(user, "Sweep Co-op");

    HostileSweep sweep = new HostileSweep(base, SEED, 10_000);
    Report report =
        sweep.run(
            List.of(
                new Caller("anonymous", new Client(base)),
                new Caller("member", user),
                new Caller("admin token", People.staff(base))),
            Map.of("slug", slug));

    System.out.printf(
        "Hostile sweep: seed %d, %d requests, %d refused requests checked for writes,"
            + " statuses %s%n",
        report.seed(), report.requests(), report.refusedAndCounted(), report.statuses());
    assertThat(report.failures()).as("what the sweep found").isEmpty();
    assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
    int limited = report.statuses().getOrDefault(429, 0);
    assertThat(limited).as("requests stopped by a rate limit").isLessThan(report.requests() / 10);
    assertThat(report.refusedAndCounted())
        .as("refused requests whose batch was checked for writes")
        .isGreaterThan(report.requests() / 2);
  }

  static String submitListing(Client maintainer, String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    Answer submitted =
        maintainer.postJson(
            "/api/organisations",
            Json.createObjectBuilder()
                .add("name", unique)
                .add("kind", "worker")
                .add("description", "A worker co-op that answers hostile input calmly.")
                .add("country", "GB")
                .add("affirmStandards", true)
                .build());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    return submitted.json().getString("slug");
  }
}
