package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.browser.Browser;
import coop.seedbed.testing.browser.HomePage;
import coop.seedbed.testing.browser.SignUpPage;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The home and sign-up pages in headless Chromium: clean console, our host only, WCAG 2.2 AA. */
@ExtendWith(ArquillianExtension.class)
class HomeBrowserIT {

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
  void homeAndSignUp_workInABrowser_withoutErrorsForeignRequestsOrAccessibilityViolations()
      throws Exception {
    try (Browser browser = Browser.open(base)) {
      HomePage home = new HomePage(browser);
      assertThat(home.heading()).contains("co-operative");
      assertThat(home.navigation())
          .containsExactly(
              "Search", "Directory", "Guides", "Digital Candle", "Accelerator", "Matchmaking");
      assertThat(browser.accessibilityViolations()).as("home page").isEmpty();

      SignUpPage signUp = home.signUp();
      assertThat(browser.accessibilityViolations()).as("sign-up page").isEmpty();

      String email = Mailbox.newAddress("browser");
      assertThat(signUp.fill(email, "Lin", "short").submit())
          .isEqualTo("Create your Seedbed account");
      assertThat(signUp.errorBeside("password")).contains("at least 10 characters");
      assertThat(browser.accessibilityViolations()).as("sign-up page with an error").isEmpty();

      assertThat(signUp.fill(email, "Lin", "quiet river stones").submit())
          .isEqualTo("Check your mail");
      Mailbox.await(email, "Confirm your email address");

      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(browser.requestedUrls())
          .filteredOn(url -> !url.startsWith("chrome:") && !url.startsWith("data:"))
          .as("every request a page made went to Seedbed itself")
          .isNotEmpty()
          .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
    }
  }

  @Test
  void homePage_onAPhone_hasNoAccessibilityViolations() throws Exception {
    try (Browser browser = Browser.openPhone(base)) {
      new HomePage(browser);
      assertThat(browser.accessibilityViolations()).isEmpty();
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
      assertThat(overflow).as("the page fits the phone's width").isEqualTo(false);
    }
  }
}
