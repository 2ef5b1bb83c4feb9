package coop.seedbed.accounts;

import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /verify?token=...}: confirming an address changes nothing but a date, so opening the
 * mailed link is enough.
 */
@Named
@RequestScoped
public class VerifyPage {

  @Inject AccountService accounts;

  private String token;
  private boolean verified;

  public void verify() {
    verified = Pages.attempt(() -> accounts.verifyEmail(new TokenRequest(token)), "token");
  }

  public boolean isVerified() {
    return verified;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
