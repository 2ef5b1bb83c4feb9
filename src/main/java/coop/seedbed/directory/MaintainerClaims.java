package coop.seedbed.directory;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people become a listing's maintainers: invited by one, by a link mailed to an address at the
 * listing's website, or by a moderator's decision on their claim.
 */
@ApplicationScoped
class MaintainerClaims {

  private static final Duration LINK_LIFETIME = Duration.ofDays(7);
  @Inject Organisations organisations;
  @Inject AccountService accounts;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject ListingHistory history;
  @Inject ListingAccess access;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  /** Mails an invitation to maintain the listing; whoever signs in with that address may accept. */
  @Transactional
  public void inviteMaintainer(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = "Give the address to invite.") @Valid InviteRequest invite) {
    Organisation org = organisations.getBySlug(slug);
    access.requireMaintainerOrStaff(caller, org);
    String email = invite.email().strip().toLowerCase(Locale.ROOT);
    String token = newClaim(org, Claim.Way.INVITATION, caller.accountId(), email, null);
    mailer.send(
        new Mail(
            email,
            "maintainer-invitation",
            Map.of("name", org.name, "link", baseUrl + "/coops/join?token=" + token)));
  }

  /**
   * Asks to maintain a listing. With an address at the listing's website domain, a link goes there;
   * otherwise the request waits for a moderator.
   */
  @Transactional
  public String requestClaim(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = "Send the claim as a JSON body.") @Valid ClaimRequest request) {
    long accountId = caller.requireVerifiedEmail().requirePerson();
    Organisation org = organisations.getBySlug(slug);
    if (organisations.isMaintainer(org.id, accountId)) {
      throw new ConflictException("You already maintain this listing.");
    }
    String email = Listings.clean(request.email());
    if (email != null) {
      email = email.toLowerCase(Locale.ROOT);
      requireAddressAtWebsite(org, email);
      String token = newClaim(org, Claim.Way.DOMAIN_EMAIL, accountId, email, null);
      mailer.send(
          new Mail(
              email,
              "claim-link",
              Map.of("name", org.name, "link", baseUrl + "/coops/join?token=" + token)));
      return "We mailed a link to "
          + email
          + ". Open it while signed in to Seedbed to become a maintainer.";
    }
    String message = Listings.clean(request.message());
    if (message == null) {
      throw new InvalidInputException(
          "message", "Tell the moderators how you are connected to the organisation.");
    }
    newClaim(org, Claim.Way.MODERATOR, accountId, null, message);
    return "Your request is with the moderators; we will mail you their answer.";
  }

  /** Uses a claim or invitation link: the signed-in person becomes a maintainer. */
  @Transactional
  public OrganisationView redeem(@NotNull Caller caller, @NotNull String token) {
    long accountId = caller.requireVerifiedEmail().requirePerson();
    Claim claim =
        organisations
            .findClaimByToken(Tokens.hash(token))
            .orElseThrow(() -> new InvalidInputException("token", "This link is not valid."));
    if (claim.status != Claim.Status.PENDING) {
      throw new GoneException("This link has already been used.");
    }
    if (!now().isBefore(claim.expiresAt)) {
      throw new GoneException("This link has expired. Ask for a new one.");
    }
    if (claim.way == Claim.Way.DOMAIN_EMAIL && claim.accountId != accountId) {
      throw new ForbiddenException(
          "Open this link while signed in as the account that asked for it.");
    }
    if (claim.way == Claim.Way.INVITATION && !claim.email.equalsIgnoreCase(caller.email())) {
      throw new ForbiddenException(
          "This invitation is for " + claim.email + "; sign in with that address to accept it.");
    }
    Organisation org = organisations.find(claim.organisationId).orElseThrow();
    claim.status = Claim.Status.USED;
    claim.accountId = accountId;
    claim.decidedAt = now();
    organisations.addMaintainer(org.id, accountId, now());
    String how =
        claim.way == Claim.Way.INVITATION ? "by invitation" : "by mail at " + domainOf(claim.email);
    history.record(org, "New maintainer " + how, Revision.Actor.SYSTEM, accountId);
    return access.view(org, true);
  }

  public List<ClaimView> pendingClaims(@NotNull Caller caller) {
    caller.requireStaff();
    List<ClaimView> views = new ArrayList<>();
    for (Claim claim : organisations.pendingModeratorClaims()) {
      organisations
          .find(claim.organisationId)
          .ifPresent(org -> views.add(ClaimView.of(claim, org)));
    }
    return views;
  }

  /** A moderator's answer to a claim; the claimant is told by mail either way. */
  @Transactional
  public void decideClaim(@NotNull Caller caller, long claimId, boolean approve, String note) {
    caller.requireStaff();
    Claim claim =
        organisations
            .findClaim(claimId)
            .orElseThrow(() -> new NotFoundException("There is no such claim."));
    if (claim.status != Claim.Status.PENDING || claim.way != Claim.Way.MODERATOR) {
      throw new ConflictException("This claim has already been decided.");
    }
    if (!approve && (note == null || note.isBlank())) {
      throw new InvalidInputException("reason", "Give a reason; the person will read it.");
    }
    Organisation org = organisations.find(claim.organisationId).orElseThrow();
    OffsetDateTime now = now();
    claim.status = approve ? Claim.Status.APPROVED : Claim.Status.REJECTED;
    claim.decidedAt = now;
    claim.decidedBy = caller.accountId();
    claim.decisionNote = note == null ? null : note.strip();
    Optional<AccountView> claimant =
        Optional.ofNullable(claim.accountId).map(id -> accounts.describe(List.of(id)).get(id));
    if (approve) {
      organisations.addMaintainer(org.id, claim.accountId, now);
      history.record(
          org,
          "New maintainer by a moderator's decision",
          Revision.Actor.MODERATOR,
          caller.accountId());
    }
    claimant.ifPresent(
        person ->
            mailer.send(
                new Mail(
                    person.email(),
                    approve ? "claim-approved" : "claim-rejected",
                    Map.of(
                        "name",
                        org.name,
                        "link",
                        baseUrl + "/coops/" + org.slug,
                        "reason",
                        claim.decisionNote == null ? "" : claim.decisionNote))));
  }

  private void requireAddressAtWebsite(Organisation org, String email) {
    if (org.websiteKey == null) {
      throw new InvalidInputException(
          "email",
          "This listing has no website to prove an address against; ask a moderator instead.");
    }
    if (Keys.isSharedHost(org.websiteKey)) {
      throw new InvalidInputException(
          "email", "This listing's website is on a shared platform; ask a moderator instead.");
    }
    String domain = domainOf(email);
    String host = org.websiteKey;
    if (!(domain.equals(host) || domain.endsWith("." + host) || host.endsWith("." + domain))) {
      throw new InvalidInputException(
          "email",
          "Use an address at " + host + ", the listing's website, or ask a moderator instead.");
    }
  }

  private static String domainOf(String email) {
    return email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  private String newClaim(
      Organisation org, Claim.Way way, Long accountId, String email, String message) {
    Claim claim = new Claim();
    claim.organisationId = org.id;
    claim.accountId = accountId;
    claim.way = way;
    claim.email = email;
    claim.message = message;
    claim.status = Claim.Status.PENDING;
    claim.createdAt = now();
    String token = null;
    if (way != Claim.Way.MODERATOR) {
      token = Tokens.generate();
      claim.tokenHash = Tokens.hash(token);
      claim.expiresAt = claim.createdAt.plus(LINK_LIFETIME);
    }
    organisations.addClaim(claim);
    return token;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
