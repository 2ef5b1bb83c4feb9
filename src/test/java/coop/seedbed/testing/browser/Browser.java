package coop.seedbed.testing.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for browser tests, with what a test needs to judge a page as a visitor would:
 * the console errors, every URL the page requested, and axe-core's accessibility findings. The
 * tests are skipped where Chromium is not installed, unless {@code seedbed.browser.required} is set
 * (as the test command does after installing it).
 */
public final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("seedbed.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("seedbed.chromedriver", "/usr/bin/chromedriver");
  static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private final WebDriver driver;
  private final URI base;
  private final Path profile;

  private Browser(URL base, int width, int height) throws Exception {
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    this.profile = Files.createTempDirectory("seedbed-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** A desktop-sized browser; skips the test when Chromium is missing and not required. */
  public static Browser open(URL base) throws Exception {
    return open(base, 1280, 900);
  }

  /** A phone-sized browser. */
  public static Browser openPhone(URL base) throws Exception {
    return open(base, 390, 844);
  }

  /** The narrowest phone the pages are made for: 360 CSS pixels wide. */
  public static Browser openNarrowPhone(URL base) throws Exception {
    return open(base, 360, 740);
  }

  private static Browser open(URL base, int width, int height) throws Exception {
    boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!installed && Boolean.getBoolean("seedbed.browser.required")) {
      throw new IllegalStateException(
          "Chromium is required but not installed: apt-get install -y chromium chromium-driver");
    }
    assumeTrue(installed, "Chromium not installed (apt-get install -y chromium chromium-driver)");
    return new Browser(base, width, height);
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(base.resolve(path).toString());
  }

  /** Clicks an element as a person would: scrolled into the middle of the screen first. */
  public void click(org.openqa.selenium.By locator) {
    var element = driver.findElement(locator);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Clicks something that loads a new page, and waits until the new page is there. */
  public void clickAndWait(org.openqa.selenium.By locator) {
    var page = driver.findElement(org.openqa.selenium.By.tagName("html"));
    click(locator);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                page.isEnabled();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                // Stale, or (as Chromium sometimes says while swapping documents) "does not
                // belong to the document": either way the old page is gone.
                return true;
              }
            });
  }

  public String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  /** Console messages at error level since the last call. */
  public List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  /** Every URL the pages asked for since the last call, from the browser's network log. */
  public List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonObject message;
      try (var reader = Json.createReader(new StringReader(entry.getMessage()))) {
        message = reader.readObject().getJsonObject("message");
      }
      if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
        urls.add(message.getJsonObject("params").getJsonObject("request").getString("url"));
      }
    }
    return urls;
  }

  /** axe-core's WCAG 2.2 AA violations on the current page, described one per line. */
  public List<String> accessibilityViolations() {
    return violations(WCAG_22_AA);
  }

  /** As {@link #accessibilityViolations()}, and axe-core's best practices besides. */
  public List<String> accessibilityAndBestPracticeViolations() {
    List<String> tags = new ArrayList<>(WCAG_22_AA);
    tags.add("best-practice");
    return violations(tags);
  }

  /** Whether the page is wider than the window, so that a reader must scroll sideways. */
  public boolean scrollsSideways() {
    return (Boolean)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
  }

  private List<String> violations(List<String> tags) {
    Results results = new AxeBuilder().withTags(tags).analyze(driver);
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      found.add(
          rule.getId()
              + ": "
              + rule.getHelp()
              + " at "
              + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
    }
    return found;
  }

  @Override
  public void close() throws Exception {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
