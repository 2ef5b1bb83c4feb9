package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Imports;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.browser.Browser;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Searching, filtering and paging through /search in Chromium. */
@ExtendWith(ArquillianExtension.class)
class SearchBrowserIT {

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
  void aVisitor_searches_filtersByAFacet_andPages() throws Exception {
    String tag =
        "zqbrowser" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      lines.add(
          Json.createObjectBuilder()
              .add("externalId", "browser-search:" + tag + i)
              .add("name", tag + " Bakers " + i)
              .add("kind", i < 12 ? "worker" : "consumer")
              .add("country", "DK")
              .add("description", "Bread and cakes from " + tag + " ovens.")
              .build()
              .toString());
    }
    Imports.run(People.staff(base), lines);
    // Indexing normally takes well under a second; a CI machine busy with the rest of the run
    // once took longer than two, and this test is about the page, not about indexing speed.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> new Client(base).get("/api/search?q=" + tag).json().getInt("total") == 14);

    try (Browser browser = Browser.open(base)) {
      browser.go("/search");
      assertThat(browser.accessibilityViolations()).as("the empty search page").isEmpty();
      browser.driver().findElement(By.id("q")).sendKeys(tag + " bakers");
      browser.clickAndWait(By.cssSelector(".search-page-form button[type=submit]"));
      assertThat(browser.driver().findElement(By.id("results-heading")).getText())
          .startsWith("14 results");
      assertThat(browser.driver().findElements(By.cssSelector(".search-hits mark"))).isNotEmpty();
      assertThat(browser.accessibilityViolations()).as("results with facets").isEmpty();

      browser.clickAndWait(By.linkText("Consumer co-op"));
      assertThat(browser.driver().findElement(By.id("results-heading")).getText())
          .startsWith("2 results");
      assertThat(browser.driver().getCurrentUrl()).contains("kind=consumer");
      browser.clickAndWait(By.linkText("remove this filter"));
      assertThat(browser.driver().findElement(By.id("results-heading")).getText())
          .startsWith("14 results");

      List<String> firstPage = titles(browser);
      browser.clickAndWait(By.cssSelector("a[rel=next]"));
      List<String> secondPage = titles(browser);
      assertThat(firstPage).hasSize(10);
      assertThat(secondPage).hasSize(4).doesNotContainAnyElementsOf(firstPage);

      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(browser.requestedUrls())
          .filteredOn(url -> url.startsWith("http"))
          .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    }
  }

  private static List<String> titles(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".search-hits h3 a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
