package coop.seedbed.testing.browser;

import org.openqa.selenium.By;

/** The sign-up form. */
public final class SignUpPage {

  private final Browser browser;

  SignUpPage(Browser browser) {
    this.browser = browser;
  }

  public static SignUpPage open(Browser browser) {
    browser.go("/signup");
    return new SignUpPage(browser);
  }

  public SignUpPage fill(String email, String name, String password) {
    type("email", email);
    type("displayName", name);
    type("password", password);
    return this;
  }

  private void type(String id, String text) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Submits and returns the heading of the page that follows. */
  public String submit() {
    browser.clickAndWait(By.id("create"));
    return browser.driver().findElement(By.tagName("h1")).getText();
  }

  public String errorBeside(String field) {
    return browser.driver().findElement(By.id(field + "-error")).getText();
  }
}
