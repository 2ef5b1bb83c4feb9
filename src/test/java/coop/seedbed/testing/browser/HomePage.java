package coop.seedbed.testing.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The home page as a visitor sees it. */
public final class HomePage {

  private final Browser browser;

  public HomePage(Browser browser) {
    this.browser = browser;
    browser.go("/");
  }

  public String heading() {
    return browser.driver().findElement(By.tagName("h1")).getText();
  }

  public List<String> navigation() {
    return browser.driver().findElements(By.cssSelector("nav[aria-label=Main] a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public SignUpPage signUp() {
    browser.clickAndWait(By.linkText("Sign up"));
    return new SignUpPage(browser);
  }
}
