package coop.seedbed.accounts;

import coop.seedbed.http.ClientAddress;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages behind mailed links: asking for a sign-in link or a password reset, and using either.
 * Opening a link only shows a button; the link is spent by pressing it, so a mail scanner that
 * follows links cannot use it up.
 */
@Named("links")
@RequestScoped
public class MailedLinkPages {

  @Inject AccountService accounts;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String email;
  private String token;
  private String password;

  public String requestSignInLink() {
    boolean done =
        Pages.attempt(
            () -> accounts.requestSignInLink(new EmailRequest(email), clientAddress.of(request)),
            "email");
    return done ? "/check-mail?faces-redirect=true" : null;
  }

  public String signInWithLink() {
    AccountView[] account = new AccountView[1];
    boolean done =
        Pages.attempt(() -> account[0] = accounts.signInWithLink(new TokenRequest(token)), "token");
    if (!done) {
      return null;
    }
    Sessions.signIn(request, account[0].id());
    Pages.notice("You are signed in.");
    return "/account?faces-redirect=true";
  }

  public String requestReset() {
    boolean done =
        Pages.attempt(
            () -> accounts.requestPasswordReset(new EmailRequest(email), clientAddress.of(request)),
            "email");
    return done ? "/check-mail?faces-redirect=true" : null;
  }

  public String resetPassword() {
    AccountView[] account = new AccountView[1];
    boolean done =
        Pages.attempt(
            () -> account[0] = accounts.resetPassword(new NewPasswordRequest(token, password)),
            "password",
            "token");
    if (!done) {
      return null;
    }
    Sessions.signIn(request, account[0].id());
    Pages.notice("Your new password is set, and you are signed in.");
    return "/account?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
