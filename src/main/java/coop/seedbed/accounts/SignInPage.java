package coop.seedbed.accounts;

import coop.seedbed.http.ClientAddress;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-in form at {@code /signin}; {@code next} returns the person to where they were. */
@Named
@RequestScoped
public class SignInPage {

  @Inject AccountService accounts;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String email;
  private String password;
  private String next;

  public String submit() {
    AccountView[] signedIn = new AccountView[1];
    boolean done =
        Pages.attempt(
            () ->
                signedIn[0] =
                    accounts.signIn(new SignInRequest(email, password), clientAddress.of(request)),
            "email",
            "password");
    if (!done) {
      return null;
    }
    Sessions.signIn(request, signedIn[0].id());
    return localPath(next) + "?faces-redirect=true";
  }

  /** Only a path on this site, so that the sign-in page cannot be used to send people elsewhere. */
  static String localPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("?")
        || next.contains("#")
        || next.length() > 200) {
      return "/account";
    }
    return next;
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

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
