package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.bench.Load;
import coop.seedbed.testing.bench.Report;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guide pages under 16 concurrent clients ({@code ./mvnw -Pbench verify -Dit.test=GuideBenchmark}):
 * every guide in turn, as a visitor without a session gets it (kept in memory for a minute) and as
 * a signed-in visitor gets it (rendered each time), against a static file from the same server in
 * the same run.
 */
@ExtendWith(ArquillianExtension.class)
class GuideBenchmark {

  static final int CLIENTS = 16;
  static final int SECONDS = 20;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @Test
  void guidePages() throws Exception {
    List<String> slugs =
        new Client(base)
            .get("/api/guides").jsonArray().stream()
                .map(v -> "/guides/" + v.asJsonObject().getString("slug"))
                .toList();
    assertThat(slugs).isNotEmpty();
    Load.Result statik =
        Load.run(
            "static file /static/seedbed.css",
            base,
            CLIENTS,
            5,
            SECONDS,
            n -> "/static/seedbed.css");
    Load.Result cached =
        Load.run(
            "guide pages, no session (kept a minute)",
            base,
            CLIENTS,
            5,
            SECONDS,
            n -> slugs.get(n % slugs.size()));
    Load.Result rendered =
        Load.run(
            "guide pages, with a session (rendered each time)",
            base,
            CLIENTS,
            5,
            SECONDS,
            n -> slugs.get(n % slugs.size()),
            Map.of("Cookie", "SEEDBED_SESSION=benchmark"));
    List<String> report = new ArrayList<>();
    report.add(
        "Guide page benchmark, "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + CLIENTS
            + " clients, "
            + SECONDS
            + " s each, "
            + slugs.size()
            + " guides in turn");
    report.add("");
    report.add("| what | requests | throughput | p50 | p99 | errors |");
    report.add("|---|---|---|---|---|---|");
    report.add(statik.row());
    report.add(cached.row());
    report.add(rendered.row());
    report.add("");
    for (Load.Result result : List.of(cached, rendered)) {
      report.add(
          String.format(
              java.util.Locale.ROOT,
              "%s against the static file: throughput %.2fx, p50 %.2fx, p99 %.2fx",
              result.name(),
              result.perSecond() / statik.perSecond(),
              result.p50() / statik.p50(),
              result.p99() / statik.p99()));
    }
    Report.write("guides", report);
    assertThat(cached.errors() + rendered.errors()).isZero();
  }
}
