package coop.seedbed.testing.browser;

import org.openqa.selenium.By;

/** The sign-in form. */
public final class SignInPage {

  private final Browser browser;

  private SignInPage(Browser browser) {
    this.browser = browser;
  }

  public static SignInPage open(Browser browser) {
    browser.go("/signin");
    return new SignInPage(browser);
  }

  /** Signs in and returns the heading of the page that follows. */
  public String signIn(String email, String password) {
    browser.driver().findElement(By.id("email")).sendKeys(email);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.clickAndWait(By.id("signIn"));
    return browser.driver().findElement(By.tagName("h1")).getText();
  }
}
