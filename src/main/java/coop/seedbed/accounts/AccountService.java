package coop.seedbed.accounts;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.Limit;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.NotSignedInException;
import coop.seedbed.shared.RateLimiter;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account use cases. Every mail an action sends is written to the outbox in the action's own
 * transaction. Answers never reveal whether an address has an account: sign-up, sign-in links and
 * resets for unknown or known addresses look the same to the caller, and the mail says what
 * applies.
 */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  /** The answer to every request that mails a link, whether or not the address has an account. */
  static final JsonObject CHECK_MAIL =
      JSON.createObjectBuilder()
          .add(
              "message",
              "If the address can receive mail, a message with the next step is on its way.")
          .build();

  static final String BODY_REQUIRED = "Send the details as a JSON body.";
  private static final String BAD_CREDENTIALS = "That email and password do not match an account.";

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject Mailer mailer;
  @Inject RateLimiter limiter;
  @Inject Clock clock;
  @Inject Instance<PersonalDataSection> personalData;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "seedbed.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.verify-email-ttl")
  Duration verifyEmailTtl;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.reset-password-ttl")
  Duration resetPasswordTtl;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.sign-in-link-ttl")
  Duration signInLinkTtl;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.rate-limit.sign-in")
  Limit signInLimit;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.rate-limit.sign-up")
  Limit signUpLimit;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.rate-limit.mail-link")
  Limit mailLinkLimit;

  /**
   * Creates an account and mails a verification link. For an address that already has an account,
   * mails its owner instead; a filled honeypot is accepted and dropped.
   *
   * @param from the client's address, for the rate limit
   */
  @Transactional
  public void signUp(
      @NotNull(message = BODY_REQUIRED) @Valid SignUpRequest request, @NotNull String from) {
    limiter.acquire("sign-up", from, signUpLimit);
    if (request.website() != null && !request.website().isBlank()) {
      LOG.fine("Sign-up with a filled honeypot dropped");
      return;
    }
    String email = Accounts.normalise(request.email());
    String password = emptyToNull(request.password());
    if (password != null) {
      passwords.checkAcceptable(password, email);
    }
    Optional<Account> existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      mailer.send(
          new Mail(
              email,
              "account-exists",
              Map.of(
                  "signInUrl", baseUrl + "/signin",
                  "resetUrl", baseUrl + "/reset")));
      return;
    }
    Account account = new Account();
    account.email = email;
    account.displayName = emptyToNull(request.displayName());
    account.passwordHash = password == null ? null : passwords.hash(password);
    account.createdAt = now();
    accounts.add(account);
    sendVerification(account);
  }

  /** Marks the address proven. A link used twice, expired or unknown is refused with a reason. */
  @Transactional
  public AccountView verifyEmail(@NotNull(message = BODY_REQUIRED) @Valid TokenRequest request) {
    AccountToken token = redeem(request.token(), TokenPurpose.VERIFY_EMAIL);
    markVerified(token.account);
    return AccountView.from(token.account);
  }

  /** Mails a new verification link to a signed-in person whose address is not yet proven. */
  @Transactional
  public void resendVerification(@NotNull Caller caller) {
    Account account = accounts.get(caller.requirePerson());
    limiter.acquire("mail-link", account.email, mailLinkLimit);
    if (!account.isEmailVerified()) {
      sendVerification(account);
    }
  }

  @Transactional
  public AccountView signIn(
      @NotNull(message = BODY_REQUIRED) @Valid SignInRequest request, @NotNull String from) {
    String email = Accounts.normalise(request.email());
    limiter.acquire("sign-in", from, signInLimit);
    limiter.acquire("sign-in-account", email, signInLimit);
    Optional<Account> account = accounts.findByEmail(email);
    if (account.isEmpty() || account.get().passwordHash == null) {
      passwords.spendTimeOfACheck(request.password());
      throw new NotSignedInException(BAD_CREDENTIALS);
    }
    if (!passwords.matches(request.password(), account.get().passwordHash)) {
      throw new NotSignedInException(BAD_CREDENTIALS);
    }
    account.get().lastSignInAt = now();
    return AccountView.from(account.get());
  }

  /** Mails a one-time sign-in link, or, for an unknown address, an invitation to sign up. */
  @Transactional
  public void requestSignInLink(
      @NotNull(message = BODY_REQUIRED) @Valid EmailRequest request, @NotNull String from) {
    mailLink(
        request, from, TokenPurpose.SIGN_IN_LINK, signInLinkTtl, "sign-in-link", "/signin-link");
  }

  /** Signs in with a mailed link; following it also proves the address. */
  @Transactional
  public AccountView signInWithLink(@NotNull(message = BODY_REQUIRED) @Valid TokenRequest request) {
    AccountToken token = redeem(request.token(), TokenPurpose.SIGN_IN_LINK);
    markVerified(token.account);
    token.account.lastSignInAt = now();
    return AccountView.from(token.account);
  }

  /**
   * Mails a link to choose a new password, or, for an unknown address, an invitation to sign up.
   */
  @Transactional
  public void requestPasswordReset(
      @NotNull(message = BODY_REQUIRED) @Valid EmailRequest request, @NotNull String from) {
    mailLink(
        request,
        from,
        TokenPurpose.RESET_PASSWORD,
        resetPasswordTtl,
        "reset-password",
        "/reset-password");
  }

  /**
   * Both kinds of mailed link: limited per address and per email, silent about unknown addresses.
   */
  private void mailLink(
      EmailRequest request,
      String from,
      TokenPurpose purpose,
      Duration ttl,
      String template,
      String page) {
    String email = Accounts.normalise(request.email());
    limiter.acquire("mail-link", from, mailLinkLimit);
    limiter.acquire("mail-link", email, mailLinkLimit);
    Optional<Account> account = accounts.findByEmail(email);
    if (account.isEmpty()) {
      mailer.send(new Mail(email, "no-account", Map.of("signUpUrl", baseUrl + "/signup")));
      return;
    }
    String token = issue(account.get(), purpose, ttl);
    mailer.send(
        new Mail(
            email,
            template,
            Map.of(
                "link",
                baseUrl + page + "?token=" + token,
                "minutes",
                String.valueOf(ttl.toMinutes()))));
  }

  /**
   * Sets a new password from a reset link. The password is checked before the link is spent, so a
   * rejected password leaves the link usable. Every other open link of the account stops working.
   */
  @Transactional
  public AccountView resetPassword(
      @NotNull(message = BODY_REQUIRED) @Valid NewPasswordRequest request) {
    AccountToken token = find(request.token(), TokenPurpose.RESET_PASSWORD);
    passwords.checkAcceptable(request.password(), token.account.email);
    redeem(request.token(), TokenPurpose.RESET_PASSWORD);
    Account account = token.account;
    account.passwordHash = passwords.hash(request.password());
    markVerified(account);
    accounts.expireTokens(account, now(), TokenPurpose.RESET_PASSWORD, TokenPurpose.SIGN_IN_LINK);
    account.lastSignInAt = now();
    mailer.send(
        new Mail(account.email, "password-changed", Map.of("resetUrl", baseUrl + "/reset")));
    return AccountView.from(account);
  }

  /** Accounts by id, for features that mail or name people they only know by id. */
  @Transactional
  public Map<Long, AccountView> describe(@NotNull Collection<Long> accountIds) {
    return accounts.findAll(accountIds).stream()
        .collect(Collectors.toMap(a -> a.id, AccountView::from));
  }

  /** The account with this address, for features that let staff name people by email. */
  @Transactional
  public Optional<AccountView> findByEmail(@NotNull String email) {
    return accounts.findByEmail(Accounts.normalise(email)).map(AccountView::from);
  }

  public AccountView describe(@NotNull Caller caller) {
    return AccountView.from(accounts.get(caller.requirePerson()));
  }

  /** Everything Seedbed holds about the caller, as one JSON document. */
  @Transactional
  public JsonObject exportData(@NotNull Caller caller) {
    Account account = accounts.get(caller.requirePerson());
    JsonArrayBuilder roles = JSON.createArrayBuilder();
    account.roles.stream().map(r -> r.name().toLowerCase()).sorted().forEach(roles::add);
    JsonArrayBuilder links = JSON.createArrayBuilder();
    for (AccountToken token : accounts.tokensOf(account)) {
      JsonObjectBuilder link =
          JSON.createObjectBuilder()
              .add("purpose", token.purpose.name().toLowerCase())
              .add("createdAt", token.createdAt.toString())
              .add("expiresAt", token.expiresAt.toString());
      addIfPresent(link, "usedAt", token.usedAt);
      links.add(link);
    }
    JsonObjectBuilder accountJson =
        JSON.createObjectBuilder()
            .add("id", account.id)
            .add("email", account.email)
            .add("hasPassword", account.passwordHash != null)
            .add("roles", roles)
            .add("createdAt", account.createdAt.toString());
    addIfPresent(accountJson, "displayName", account.displayName);
    addIfPresent(accountJson, "emailVerifiedAt", account.emailVerifiedAt);
    addIfPresent(accountJson, "lastSignInAt", account.lastSignInAt);

    JsonObjectBuilder export =
        JSON.createObjectBuilder()
            .add("exportedAt", now().toString())
            .add("account", accountJson)
            .add("mailedLinks", links);
    for (PersonalDataSection section : personalData) {
      export.add(section.name(), section.export(account.id, account.email));
    }
    return export.build();
  }

  /**
   * Deletes the account and everything every feature holds about the person, then mails a goodbye
   * (the last mail to this address, itself purged after sending like all mail).
   */
  @Transactional
  public void deleteAccount(
      @NotNull Caller caller,
      @NotNull(message = BODY_REQUIRED) @Valid DeleteAccountRequest request) {
    Account account = accounts.get(caller.requirePerson());
    if (!account.email.equals(Accounts.normalise(request.confirmEmail()))) {
      throw new InvalidInputException(
          "confirmEmail", "Type the email address of this account to confirm.");
    }
    for (PersonalDataSection section : personalData) {
      section.erase(account.id, account.email);
    }
    String email = account.email;
    accounts.remove(account);
    mailer.send(new Mail(email, "account-deleted", Map.of()));
    LOG.info(() -> "Account " + caller.accountId() + " deleted at its owner's request");
  }

  /** Gives or takes a role; only staff may, and nobody takes the last admin's own admin role. */
  @Transactional
  public AccountView changeRole(
      @NotNull Caller caller, @NotNull String email, @NotNull Role role, boolean granted) {
    caller.requireStaff();
    if (role == Role.ADMIN && !caller.has(Role.ADMIN)) {
      throw new ForbiddenException("Only an admin may give or take the admin role.");
    }
    Account account =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new NotFoundException("There is no account with that email."));
    if (granted) {
      account.roles.add(role);
    } else if (role == Role.MEMBER) {
      throw new InvalidInputException("role", "Every account is a member.");
    } else {
      account.roles.remove(role);
    }
    return AccountView.from(account);
  }

  /**
   * The account behind demo content (a volunteer, the uploader of demo documents): made on first
   * use with the given role and a proven address, and no password, so nobody can sign in as it.
   */
  @Transactional
  public Caller demoAccount(
      @NotNull String email, @NotNull String displayName, @NotNull Role role) {
    Account account =
        accounts
            .findByEmail(email)
            .orElseGet(
                () -> {
                  Account created = new Account();
                  created.email = email;
                  created.displayName = displayName;
                  created.createdAt = now();
                  created.emailVerifiedAt = created.createdAt;
                  accounts.add(created);
                  return created;
                });
    account.roles.add(role);
    return Caller.of(account);
  }

  /**
   * Gives the admin named by {@code SEEDBED_ADMIN_EMAIL} their roles, once that address is proven.
   */
  @Transactional
  public void grantConfiguredAdmin() {
    adminEmail
        .flatMap(accounts::findByEmail)
        .filter(Account::isEmailVerified)
        .ifPresent(this::makeAdminIfConfigured);
  }

  private void sendVerification(Account account) {
    String token = issue(account, TokenPurpose.VERIFY_EMAIL, verifyEmailTtl);
    mailer.send(
        new Mail(
            account.email,
            "verify-email",
            Map.of(
                "link",
                baseUrl + "/verify?token=" + token,
                "days",
                String.valueOf(Math.max(1, verifyEmailTtl.toDays())))));
  }

  private void markVerified(Account account) {
    if (account.emailVerifiedAt == null) {
      account.emailVerifiedAt = now();
    }
    makeAdminIfConfigured(account);
  }

  private void makeAdminIfConfigured(Account account) {
    if (adminEmail.map(Accounts::normalise).filter(account.email::equals).isPresent()
        && account.isEmailVerified()) {
      account.roles.addAll(EnumSet.of(Role.STAFF, Role.ADMIN));
    }
  }

  private String issue(Account account, TokenPurpose purpose, Duration ttl) {
    String token = Tokens.generate();
    AccountToken stored = new AccountToken();
    stored.account = account;
    stored.purpose = purpose;
    stored.tokenHash = Tokens.hash(token);
    stored.createdAt = now();
    stored.expiresAt = stored.createdAt.plus(ttl);
    accounts.add(stored);
    return token;
  }

  private AccountToken find(String token, TokenPurpose purpose) {
    AccountToken stored =
        accounts
            .findToken(Tokens.hash(token))
            .filter(t -> t.purpose == purpose)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "token",
                        "This link is not valid. Copy the whole link from the mail, or ask for a new"
                            + " one."));
    if (stored.usedAt != null) {
      throw new GoneException("This link has already been used. Ask for a new one if you need it.");
    }
    if (!now().isBefore(stored.expiresAt)) {
      throw new GoneException("This link has expired. Ask for a new one.");
    }
    return stored;
  }

  /** Spends a link. The conditional update lets exactly one of two simultaneous uses through. */
  private AccountToken redeem(String token, TokenPurpose purpose) {
    AccountToken stored = find(token, purpose);
    OffsetDateTime now = now();
    if (!accounts.markUsed(stored, now)) {
      throw new GoneException("This link has already been used. Ask for a new one if you need it.");
    }
    stored.usedAt = now;
    return stored;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void addIfPresent(JsonObjectBuilder json, String key, Object value) {
    if (value != null) {
      json.add(key, value.toString());
    }
  }
}
