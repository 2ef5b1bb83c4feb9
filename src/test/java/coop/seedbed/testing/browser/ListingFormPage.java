package coop.seedbed.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The new-listing form at /coops/new. */
public final class ListingFormPage {

  private final Browser browser;

  private ListingFormPage(Browser browser) {
    this.browser = browser;
  }

  public static ListingFormPage open(Browser browser) {
    browser.go("/coops/new");
    return new ListingFormPage(browser);
  }

  public ListingFormPage type(String field, String text) {
    WebElement input = browser.driver().findElement(By.id(field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public ListingFormPage choose(String field, String visibleText) {
    new Select(browser.driver().findElement(By.id(field))).selectByVisibleText(visibleText);
    return this;
  }

  public ListingFormPage tick(String field) {
    WebElement box = browser.driver().findElement(By.id(field));
    if (!box.isSelected()) {
      browser.click(By.id(field));
    }
    if (!box.isSelected()) {
      throw new IllegalStateException(field + " did not get ticked");
    }
    return this;
  }

  /** Submits and returns the heading of the page that follows. */
  public String submit() {
    browser.clickAndWait(By.id("submitListing"));
    return browser.driver().findElement(By.tagName("h1")).getText();
  }

  public String errorBeside(String field) {
    return browser.driver().findElement(By.id(field + "-error")).getText();
  }

  public String notice() {
    return browser.driver().findElement(By.cssSelector(".messages")).getText();
  }
}
