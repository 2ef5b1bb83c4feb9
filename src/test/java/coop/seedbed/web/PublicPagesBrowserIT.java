package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Client.Answer;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.browser.Browser;
import coop.seedbed.testing.browser.HomePage;
import coop.seedbed.testing.browser.SignUpPage;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every public page in headless Chromium, as a newcomer sees it on a fresh start with the demo
 * content: clean console, requests to our host only, no axe-core findings (WCAG 2.2 AA and best
 * practice) at phone and desktop widths, and nothing wider than a 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesBrowserIT {

  /**
   * Pages always checked: what only a form leads to (a search, filters), a page not there, and
   * pages that the walk could pass over as "another of a kind".
   */
  private static final List<String> ALWAYS =
      List.of(
          "/guides/which-legal-form",
          "/search?q=housing+co-op",
          "/search?q=bakry",
          "/coops?q=bakery",
          "/guides?topic=legal",
          "/documents?topic=governance",
          "/no-such-page");

  /** Addresses that are files or feeds, not pages. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile("^/(api|static|feeds|calendars|openapi|metrics|health)(/|$)|\\.[a-z]{2,4}$");

  private static final int MAX_PAGES = 80;

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  @ArquillianResource URL base;

  private static boolean demoLoaded;

  /** The demo content a fresh start on the embedded database has (off in other deployments). */
  @BeforeEach
  void loadDemoContent() {
    if (!demoLoaded) {
      Answer loaded =
          new Client(base)
              .withBearer("it-admin-token-0123456789")
              .postJson("/api/admin/demo-content", "{}");
      assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
      demoLoaded = true;
    }
  }

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
  void aFreshStart_offersFreeTimesToBook_documentsToRead_andACohortToApplyTo() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.go("/candle");
      assertThat(browser.driver().findElements(By.partialLinkText("(demo volunteer)'s free times")))
          .as("demo volunteers on the Candle page")
          .hasSize(3);
      browser.clickAndWait(By.partialLinkText("(demo volunteer)'s free times"));
      assertThat(browser.driver().findElements(By.cssSelector("a[href*='/candle/book']")))
          .as("free times to book with a demo volunteer")
          .isNotEmpty();

      browser.go("/documents");
      assertThat(browser.driver().findElements(By.partialLinkText("(demo)")))
          .as("demo documents in the library")
          .hasSize(3);

      browser.go("/accelerator");
      browser.clickAndWait(By.linkText("Founders' cohort (demo)"));
      assertThat(browser.driver().getPageSource()).contains("Demo programme").contains("Apply");
    }
  }

  @Test
  void everyPublicPage_atPhoneAndDesktopWidth_isAccessible_andFitsAPhone() throws Exception {
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<String> pages = publicPages(problems);
    assertThat(pages).as("pages found by following links").hasSizeGreaterThan(25);
    System.out.println("Public pages checked at 360 and 1280 px: " + pages.size() + " " + pages);
    try (Browser desktop = Browser.open(base);
        Browser phone = Browser.openNarrowPhone(base)) {
      // The two widths walk the pages side by side, each in its own browser: axe-core's checks
      // are most of the time, and two cores do two at once.
      CompletableFuture<Void> atPhoneWidth =
          CompletableFuture.runAsync(
              () -> {
                for (String page : pages) {
                  phone.go(page);
                  phone
                      .accessibilityAndBestPracticeViolations()
                      .forEach(v -> problems.add(page + " at 360 px: " + v));
                  if (phone.scrollsSideways()) {
                    problems.add(page + " at 360 px: wider than the screen");
                  }
                }
              });
      for (String page : pages) {
        desktop.go(page);
        desktop
            .accessibilityAndBestPracticeViolations()
            .forEach(v -> problems.add(page + " at 1280 px: " + v));
      }
      atPhoneWidth.get();
      // The one page answered 404 on purpose says so in the console; nothing else may.
      for (Browser browser : List.of(desktop, phone)) {
        browser.consoleErrors().stream()
            .filter(e -> !(e.contains("/no-such-page") && e.contains("404")))
            .forEach(e -> problems.add("console: " + e));
      }
      desktop.requestedUrls().stream()
          .filter(url -> !url.startsWith("chrome:") && !url.startsWith("data:"))
          .filter(url -> !url.startsWith(desktop.origin() + "/"))
          .forEach(url -> problems.add("a request to another host: " + url));
    }
    assertThat(problems).as("over " + pages.size() + " pages: " + pages).isEmpty();
  }

  /**
   * The public pages, found as a visitor finds them: by following the links of each page from the
   * home page, plus the results of a few forms. Of pages of one kind (two listings, two guides) a
   * few stand for all, so that the walk stays short as content grows.
   */
  private List<String> publicPages(List<String> problems) {
    Client client = new Client(base);
    Set<String> found = new LinkedHashSet<>();
    Map<String, Integer> perKind = new HashMap<>();
    List<String> queue = new ArrayList<>(List.of("/"));
    queue.addAll(ALWAYS);
    while (!queue.isEmpty() && found.size() < MAX_PAGES) {
      String page = queue.remove(0);
      String kind = kind(page);
      if (found.contains(page) || (!ALWAYS.contains(page) && perKind.getOrDefault(kind, 0) >= 2)) {
        continue;
      }
      Answer answer = client.get(page);
      if (!answer.contentType().startsWith("text/html")) {
        continue;
      }
      found.add(page);
      if (!ALWAYS.contains(page)) {
        perKind.merge(kind, 1, Integer::sum);
      }
      for (Element link : Jsoup.parse(answer.body()).select("a[href]")) {
        String href = link.attr("href");
        if (href.startsWith("/") && !href.startsWith("//")) {
          URI uri;
          try {
            uri = URI.create(href.replace(" ", "%20"));
          } catch (IllegalArgumentException notAnAddress) {
            problems.add("a link that is not an address: " + href + " on " + page);
            continue;
          }
          if (uri.getPath() != null && !NOT_A_PAGE.matcher(uri.getPath()).find()) {
            queue.add(
                uri.getRawQuery() == null
                    ? uri.getPath()
                    : uri.getPath() + "?" + uri.getRawQuery());
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * "/coops/some-co-op" and "/coops/another" are of one kind; "/coops" is a kind of its own, and so
   * is each page with a query ("/candle/slots?volunteer=a" and "?volunteer=b" are one kind).
   */
  private static String kind(String page) {
    String path = page.replaceAll("\\?.*", "");
    String[] parts = path.split("/");
    return page.contains("?") || parts.length <= 2 ? path : parts[1] + "/*";
  }
}
