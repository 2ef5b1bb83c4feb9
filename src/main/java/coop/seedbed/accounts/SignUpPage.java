package coop.seedbed.accounts;

import coop.seedbed.http.ClientAddress;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-up form at {@code /signup}. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject AccountService accounts;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String email;
  private String password;
  private String displayName;
  private String website;

  public String submit() {
    boolean done =
        Pages.attempt(
            () ->
                accounts.signUp(
                    new SignUpRequest(email, password, displayName, website),
                    clientAddress.of(request)),
            "email",
            "password",
            "displayName");
    return done ? "/check-mail?faces-redirect=true" : null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
