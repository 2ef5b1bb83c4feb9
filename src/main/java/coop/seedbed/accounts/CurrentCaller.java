package coop.seedbed.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@link Caller} of this request, as {@link SeedbedAuthentication} found it, for resources and
 * pages (in EL as {@code #{me}}).
 */
@Named("me")
@RequestScoped
public class CurrentCaller {

  static final String ATTRIBUTE = "seedbed.caller";

  @Inject HttpServletRequest request;

  public Caller get() {
    return request.getAttribute(ATTRIBUTE) instanceof Caller caller ? caller : Caller.ANONYMOUS;
  }

  public boolean isSignedIn() {
    return get().accountId() != null;
  }

  public boolean isStaff() {
    return get().isStaff();
  }

  public String getEmail() {
    return get().email();
  }

  public boolean isEmailVerified() {
    return get().emailVerified();
  }
}
