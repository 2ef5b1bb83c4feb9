package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.browser.Browser;
import coop.seedbed.testing.browser.ListingFormPage;
import coop.seedbed.testing.browser.SignInPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Listing an organisation through the pages in Chromium, and browsing the directory on a phone. */
@ExtendWith(ArquillianExtension.class)
class DirectoryBrowserIT {

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
  void aMember_listsTheirCoopThroughTheForm_andSeesItWaitForAModerator() throws Exception {
    String email = Mailbox.newAddress("browser-lister");
    People.verified(base, email);
    String name = "Browser Bakers " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open(base)) {
      assertThat(SignInPage.open(browser).signIn(email, People.PASSWORD)).isEqualTo("Your account");

      ListingFormPage form = ListingFormPage.open(browser);
      assertThat(browser.accessibilityViolations()).as("the empty form").isEmpty();

      form.type("name", name).choose("kind", "Worker co-op");
      assertThat(form.submit()).isEqualTo("List your organisation");
      assertThat(form.errorBeside("affirmStandards")).contains("listing standards");
      assertThat(browser.accessibilityViolations()).as("the form with an error").isEmpty();

      form.type("description", "We bake bread and **own the bakery together**.")
          .type(
              "website",
              "browser-bakers-" + UUID.randomUUID().toString().substring(0, 6) + ".example.org")
          .type("city", "Bristol")
          .choose("country", "United Kingdom")
          .type("sectors", "Food, Bakery")
          .tick("acceptingMembers")
          .tick("affirmStandards");
      String heading = form.submit();
      assertThat(heading)
          .as(browser.driver().findElement(By.tagName("main")).getText())
          .isEqualTo(name);
      assertThat(form.notice()).contains("waits for a moderator");
      assertThat(browser.driver().findElement(By.cssSelector(".description strong")).getText())
          .isEqualTo("own the bakery together");
      assertThat(browser.accessibilityViolations()).as("the new listing's page").isEmpty();

      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(browser.requestedUrls())
          .filteredOn(url -> url.startsWith("http"))
          .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    }
    Mailbox.await(email, "We received your listing");
  }

  @Test
  void theDirectory_onAPhone_filtersWithoutScript_andFitsTheScreen() throws Exception {
    try (Browser browser = Browser.openPhone(base)) {
      browser.go("/coops");
      assertThat(browser.accessibilityViolations()).as("the directory").isEmpty();
      // Results first on a phone: the first listing is on the first screen, the filters a tap
      // away below them.
      long firstListing =
          (Long)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return Math.round(document.querySelector('.listing-card')"
                          + ".getBoundingClientRect().top + window.scrollY)");
      assertThat(firstListing).isLessThan(740);
      assertThat(
              browser.driver().findElement(By.linkText("Filter the list")).getDomAttribute("href"))
          .isEqualTo("#filters-heading");
      new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("f-country")))
          .selectByVisibleText("New Zealand");
      browser.clickAndWait(By.cssSelector(".filters button[type=submit]"));
      assertThat(browser.driver().getCurrentUrl()).contains("country=NZ");
      assertThat(browser.driver().findElements(By.cssSelector(".listing-card h3")))
          .extracting(e -> e.getText())
          .contains("Loomio");
      Object overflow =
          ((JavascriptExecutor) browser.driver())
              .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
      assertThat(overflow).isEqualTo(false);

      browser.go("/coops/loomio");
      assertThat(browser.accessibilityViolations()).as("a listing page").isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void staff_uploadAFileOfListings_andFollowTheImportToItsRefusedLines_onAPhone() throws Exception {
    String email = Mailbox.newAddress("browser-importer");
    People.verified(base, email);
    assertThat(People.staff(base).put("/api/admin/accounts/" + email + "/roles/staff").status())
        .isEqualTo(200);
    String tag = "Uploaded" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    Path file = Files.createTempFile("seedbed-browser-import", ".ndjson");
    Files.writeString(
        file,
        "{\"externalId\": \"browser:"
            + tag
            + "\", \"name\": \""
            + tag
            + " Cyclists\", \"kind\": \"worker\", \"country\": \"NL\"}\n"
            + "{\"name\": \"No kind\"}\n");
    try (Browser browser = Browser.openPhone(base)) {
      assertThat(SignInPage.open(browser).signIn(email, People.PASSWORD)).isEqualTo("Your account");
      browser.go("/coops/imports");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("Import listings");
      assertThat(browser.accessibilityViolations()).as("the import page").isEmpty();

      browser.clickAndWait(By.id("startImport"));
      assertThat(browser.driver().findElement(By.id("file-error")).getText())
          .contains("Choose a file");
      assertThat(browser.accessibilityViolations()).as("the page with an error").isEmpty();

      browser.driver().findElement(By.id("file")).sendKeys(file.toString());
      browser.clickAndWait(By.id("startImport"));
      assertThat(browser.driver().findElement(By.tagName("main")).getText())
          .contains("has started");
      Awaitility.await()
          .atMost(Duration.ofMinutes(1))
          .until(
              () -> {
                browser.clickAndWait(By.linkText("Refresh"));
                return browser
                    .driver()
                    .findElement(By.cssSelector("section.import-job h3"))
                    .getText()
                    .endsWith(": done");
              });
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("section.import-job progress"))
                  .getDomAttribute("value"))
          .isEqualTo("100");
      assertThat(browser.driver().findElements(By.cssSelector("#refused + div tbody tr td")))
          .extracting(e -> e.getText())
          .startsWith("2", "kind");
      assertThat(browser.accessibilityViolations()).as("a finished import").isEmpty();
      assertThat(browser.scrollsSideways()).isFalse();
      assertThat(browser.consoleErrors()).isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
