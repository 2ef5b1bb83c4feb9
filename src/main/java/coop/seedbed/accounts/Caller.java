package coop.seedbed.accounts;

import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.NotSignedInException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request: nobody, a signed-in person, or staff automation holding the
 * admin token. Services take a {@code Caller} and check it themselves, so a rule such as "verified
 * email before publishing" holds for pages and API alike.
 */
public record Caller(
    Long accountId, String email, Set<Role> roles, boolean emailVerified, boolean automation) {

  public static final Caller ANONYMOUS = new Caller(null, null, Set.of(), false, false);
  static final Caller AUTOMATION =
      new Caller(null, null, EnumSet.of(Role.STAFF, Role.ADMIN), true, true);

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  static Caller of(Account account) {
    return new Caller(account.id, account.email, account.roles, account.isEmailVerified(), false);
  }

  public boolean isSignedIn() {
    return accountId != null || automation;
  }

  public Optional<Long> account() {
    return Optional.ofNullable(accountId);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return has(Role.STAFF) || has(Role.ADMIN);
  }

  public Caller requireSignedIn() {
    if (!isSignedIn()) {
      throw new NotSignedInException();
    }
    return this;
  }

  /** A person (not the automation token) who is signed in. */
  public long requirePerson() {
    if (accountId == null) {
      throw new NotSignedInException();
    }
    return accountId;
  }

  public Caller requireStaff() {
    requireSignedIn();
    if (!isStaff()) {
      throw new ForbiddenException("Only Seedbed staff may do this.");
    }
    return this;
  }

  public Caller requireRole(Role role) {
    requireSignedIn();
    if (!has(role) && !isStaff()) {
      throw new ForbiddenException("This needs the " + role.name().toLowerCase() + " role.");
    }
    return this;
  }

  /** Publishing anything needs a proven email address, so that every publisher can be reached. */
  public Caller requireVerifiedEmail() {
    requireSignedIn();
    if (!emailVerified) {
      throw new ForbiddenException(
          "Please confirm your email address first: follow the link we mailed you, or ask for a new"
              + " one on your account page.");
    }
    return this;
  }
}
