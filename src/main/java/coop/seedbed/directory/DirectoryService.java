package coop.seedbed.directory;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import coop.seedbed.search.SearchableChanged;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.PersonalZone;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory's use cases. Every change to a listing writes an entry to its history in the same
 * transaction, and announces {@link SearchableChanged} so that the search index follows after the
 * commit. Only published listings are public; maintainers and staff see the rest.
 */
@ApplicationScoped
public class DirectoryService {

  static final String BODY_REQUIRED = "Send the listing as a JSON body.";
  private static final Duration LINK_LIFETIME = Duration.ofDays(7);
  @Inject Organisations organisations;
  @Inject AccountService accounts;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject Instance<PersonalZone> zones;
  @Inject Event<SearchableChanged> changed;
  @Inject ListingPages listingPages;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  /** Submits a new listing for moderation; the submitter becomes its first maintainer. */
  @Transactional
  public OrganisationView submit(
      @NotNull Caller caller,
      @NotNull(message = BODY_REQUIRED) @Valid OrganisationRequest request) {
    long accountId = caller.requireVerifiedEmail().requirePerson();
    if (!Boolean.TRUE.equals(request.affirmStandards())) {
      throw new InvalidInputException(
          "affirmStandards", "Affirm that the organisation meets the listing standards.");
    }
    Organisation org = new Organisation();
    Listings.apply(request, org);
    refuseDuplicates(org, null);
    OffsetDateTime now = now();
    org.slug = uniqueSlug(org.name, org.city);
    org.status = OrganisationStatus.PENDING;
    org.origin = Origin.SUBMITTED;
    org.submittedBy = accountId;
    org.standardsAffirmedAt = now;
    org.createdAt = now;
    org.updatedAt = now;
    org.lastConfirmedAt = now;
    organisations.add(org);
    organisations.persistTags(org);
    organisations.addMaintainer(org.id, accountId, now);
    record(org, "Submitted for moderation", Revision.Actor.MAINTAINER, accountId);
    mailer.send(
        new Mail(
            caller.email(),
            "listing-received",
            Map.of("name", org.name, "link", baseUrl + "/coops/" + org.slug)));
    return OrganisationView.of(org, true, true);
  }

  /**
   * A maintainer's or moderator's edit. It goes live at once and counts as a confirmation that the
   * listing is true; editing a rejected listing submits it again.
   */
  @Transactional
  public OrganisationView edit(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = BODY_REQUIRED) @Valid OrganisationRequest request) {
    Organisation org = organisations.lockBySlug(slug);
    Revision.Actor actor = requireMaintainerOrStaff(caller, org);
    refuseDuplicates(candidate(request), org.id);
    boolean contentChanged = Listings.apply(request, org);
    OffsetDateTime now = now();
    String summary = contentChanged ? "Edited" : "Confirmed unchanged";
    if (org.status == OrganisationStatus.REJECTED) {
      org.status = OrganisationStatus.PENDING;
      org.rejectionReason = null;
      summary = "Edited and submitted again";
    }
    markConfirmed(org, now);
    org.updatedAt = now;
    organisations.writeTags(org);
    record(org, summary, actor, caller.accountId());
    return OrganisationView.of(org, true, true);
  }

  @Transactional
  public OrganisationView approve(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    if (org.status == OrganisationStatus.PUBLISHED) {
      return view(org, true);
    }
    OffsetDateTime now = now();
    org.status = OrganisationStatus.PUBLISHED;
    org.rejectionReason = null;
    if (org.publishedAt == null) {
      org.publishedAt = now;
    }
    markConfirmed(org, now);
    org.updatedAt = now;
    record(org, "Approved and published", Revision.Actor.MODERATOR, caller.accountId());
    tellMaintainers(org, "listing-approved", Map.of());
    return view(org, true);
  }

  @Transactional
  public OrganisationView reject(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = "Give a reason.") @Valid ReasonRequest reason) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    if (org.status != OrganisationStatus.PENDING) {
      throw new ConflictException(
          "Only a listing waiting for moderation can be rejected; unpublish it instead.");
    }
    org.status = OrganisationStatus.REJECTED;
    org.rejectionReason = reason.reason().strip();
    org.updatedAt = now();
    record(org, "Rejected: " + org.rejectionReason, Revision.Actor.MODERATOR, caller.accountId());
    tellMaintainers(org, "listing-rejected", Map.of("reason", org.rejectionReason));
    return view(org, true);
  }

  /** Takes a listing off the public directory, or puts a previously published one back. */
  @Transactional
  public OrganisationView setPublished(
      @NotNull Caller caller, @NotNull String slug, boolean published) {
    Organisation org = organisations.lockBySlug(slug);
    Revision.Actor actor = requireMaintainerOrStaff(caller, org);
    if (published) {
      if (org.status != OrganisationStatus.UNPUBLISHED || org.publishedAt == null) {
        throw new ConflictException(
            "Only a listing that was published and then taken down can be put back.");
      }
      org.status = OrganisationStatus.PUBLISHED;
      record(org, "Published again", actor, caller.accountId());
    } else {
      if (org.status != OrganisationStatus.PUBLISHED) {
        throw new ConflictException("This listing is not published.");
      }
      org.status = OrganisationStatus.UNPUBLISHED;
      record(org, "Taken off the directory", actor, caller.accountId());
    }
    org.updatedAt = now();
    return view(org, true);
  }

  /** A moderator puts a listing back as it was after an earlier change; that is a change too. */
  @Transactional
  public OrganisationView revert(@NotNull Caller caller, @NotNull String slug, int number) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    Revision target =
        organisations
            .revision(org.id, number)
            .orElseThrow(
                () -> new NotFoundException("This listing has no revision " + number + "."));
    if (target.number == org.revision) {
      throw new ConflictException("The listing already is as revision " + number + " left it.");
    }
    OrganisationRequest earlier = Listings.fromSnapshot(target.snapshot);
    refuseDuplicates(candidate(earlier), org.id);
    Listings.apply(earlier, org);
    org.updatedAt = now();
    organisations.writeTags(org);
    record(org, "Reverted to revision " + number, Revision.Actor.MODERATOR, caller.accountId());
    return view(org, true);
  }

  public List<RevisionView> history(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.getBySlug(slug);
    requireMaintainerOrStaff(caller, org);
    return organisations.revisions(org.id).stream().map(RevisionView::of).toList();
  }

  /**
   * Whether the account keeps at least one published listing: maintainers of real organisations may
   * add to the legal library.
   */
  public boolean maintainsPublishedListing(long accountId) {
    return organisations.maintainsPublished(accountId);
  }

  /**
   * The listings a person keeps and the people they keep them with, for features that must tell
   * whether two people are connected (the accelerator's conflicts of interest).
   */
  public record Ties(Set<String> listings, Set<Long> coMaintainers) {}

  @Transactional
  public Ties tiesOf(long accountId) {
    return new Ties(
        organisations.maintainedBy(accountId).stream()
            .map(o -> o.slug)
            .collect(Collectors.toUnmodifiableSet()),
        Set.copyOf(organisations.coMaintainers(accountId)));
  }

  /** A published listing for anyone; any listing for its maintainers and staff. */
  public OrganisationView find(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.getBySlug(slug);
    boolean privileged = isMaintainerOrStaff(caller, org);
    if (!org.isPublished() && !privileged) {
      throw new NotFoundException("There is no listing at /coops/" + slug + ".");
    }
    return view(org, privileged);
  }

  public OrganisationPage browse(@NotNull DirectoryQuery query) {
    return listingPages.get(query, () -> browseNow(query));
  }

  /** The page straight from the database. */
  private OrganisationPage browseNow(DirectoryQuery query) {
    Organisations.Found found = organisations.browse(query);
    Set<Long> claimed = organisations.claimed(found.items().stream().map(o -> o.id).toList());
    List<OrganisationView> items =
        found.items().stream()
            .map(o -> OrganisationView.of(o, claimed.contains(o.id), false))
            .toList();
    return new OrganisationPage(items, found.total(), query.page(), query.size());
  }

  /** Listings waiting for a moderator, oldest first. */
  public List<OrganisationView> pending(@NotNull Caller caller) {
    caller.requireStaff();
    return organisations.withStatus(OrganisationStatus.PENDING, 200).stream()
        .map(o -> OrganisationView.of(o, true, true))
        .toList();
  }

  public List<OrganisationView> maintainedBy(@NotNull Caller caller) {
    long accountId = caller.requirePerson();
    return organisations.maintainedBy(accountId).stream()
        .map(o -> OrganisationView.of(o, true, true))
        .toList();
  }

  public boolean canEdit(@NotNull Caller caller, @NotNull String slug) {
    return organisations
        .findBySlug(slug)
        .map(org -> isMaintainerOrStaff(caller, org))
        .orElse(false);
  }

  /** The names of a listing's maintainers, for its maintainers and staff. */
  public List<String> maintainerNames(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.getBySlug(slug);
    requireMaintainerOrStaff(caller, org);
    Map<Long, AccountView> people = accounts.describe(organisations.maintainers(org.id));
    return people.values().stream()
        .map(p -> p.displayName() != null ? p.displayName() + " (" + p.email() + ")" : p.email())
        .sorted()
        .toList();
  }

  /** Mails an invitation to maintain the listing; whoever signs in with that address may accept. */
  @Transactional
  public void inviteMaintainer(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = "Give the address to invite.") @Valid InviteRequest invite) {
    Organisation org = organisations.getBySlug(slug);
    requireMaintainerOrStaff(caller, org);
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
    record(org, "New maintainer " + how, Revision.Actor.SYSTEM, accountId);
    return view(org, true);
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
      record(
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

  /** The one-click answer to the yearly "still going?" mail. */
  @Transactional
  public OrganisationView confirmStillGoing(@NotNull String token) {
    Organisation org =
        organisations
            .findByConfirmToken(Tokens.hash(token))
            .orElseThrow(
                () ->
                    new GoneException(
                        "This link is no longer valid: the listing was confirmed already, or a newer mail replaced it."));
    markConfirmed(org, now());
    record(org, "Confirmed still going", Revision.Actor.MAINTAINER, null);
    return view(org, false);
  }

  /** A maintainer confirms from the listing page that it is still true. */
  @Transactional
  public OrganisationView confirm(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.lockBySlug(slug);
    Revision.Actor actor = requireMaintainerOrStaff(caller, org);
    markConfirmed(org, now());
    record(org, "Confirmed still going", actor, caller.accountId());
    return view(org, true);
  }

  /**
   * Mails the maintainers the "still going?" question now, with a fresh one-click link. The yearly
   * job calls this for each listing due; staff may call it for one listing.
   */
  @Transactional
  public void askStillGoing(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Organisation org = organisations.lockBySlug(slug);
    if (!askStillGoing(org, now())) {
      throw new ConflictException("This listing has no maintainer to ask.");
    }
  }

  /**
   * Applies {@link Reconfirmation#step} to one batch of listings that may be due, each under a row
   * lock, so that two instances running the check at once ask each listing once. Returns how many
   * listings it acted on.
   */
  @Transactional
  int reconfirmBatch(
      OffsetDateTime now, Duration reconfirmAfter, Duration unconfirmedAfter, int batch) {
    int acted = 0;
    for (Organisation org :
        organisations.dueForReconfirmation(
            now.minus(reconfirmAfter),
            now.minus(unconfirmedAfter),
            now.minus(reconfirmAfter).minus(unconfirmedAfter),
            batch)) {
      boolean hasMaintainers = !organisations.maintainers(org.id).isEmpty();
      switch (Reconfirmation.step(
          org.lastConfirmedAt,
          org.confirmRequestedAt,
          org.unconfirmed,
          hasMaintainers,
          now,
          reconfirmAfter,
          unconfirmedAfter)) {
        case ASK -> {
          askStillGoing(org, now);
          acted++;
        }
        case MARK_UNCONFIRMED -> {
          markUnconfirmed(org);
          acted++;
        }
        case NOTHING -> {}
      }
    }
    return acted;
  }

  /** Returns false when nobody maintains the listing. */
  boolean askStillGoing(Organisation org, OffsetDateTime now) {
    List<Long> maintainers = organisations.maintainers(org.id);
    if (maintainers.isEmpty()) {
      return false;
    }
    String token = Tokens.generate();
    org.confirmTokenHash = Tokens.hash(token);
    org.confirmRequestedAt = now;
    for (AccountView person : accounts.describe(maintainers).values()) {
      mailer.send(
          new Mail(
              person.email(),
              "still-going",
              Map.of(
                  "name",
                  org.name,
                  "confirmLink",
                  baseUrl + "/coops/confirm?token=" + token,
                  "editLink",
                  baseUrl + "/coops/" + org.slug + "/edit",
                  "lastConfirmed",
                  Reconfirmation.day(org.lastConfirmedAt, zoneOf(person.id())))));
    }
    return true;
  }

  /** The reader's time zone, from the first feature that knows it. */
  private Optional<ZoneId> zoneOf(long accountId) {
    return zones.stream().map(known -> known.of(accountId)).flatMap(Optional::stream).findFirst();
  }

  /** Marks a listing nobody confirmed in time; it stays listed, shown as unconfirmed, lower. */
  void markUnconfirmed(Organisation org) {
    if (!org.unconfirmed) {
      org.unconfirmed = true;
      record(org, "Shown as unconfirmed: nobody confirmed it in time", Revision.Actor.SYSTEM, null);
    }
  }

  private void markConfirmed(Organisation org, OffsetDateTime now) {
    org.lastConfirmedAt = now;
    org.confirmRequestedAt = null;
    org.confirmTokenHash = null;
    org.unconfirmed = false;
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

  /**
   * The keys a request would give a listing, on an object the persistence context does not manage:
   * checking duplicates must not flush a half-changed listing.
   */
  private static Organisation candidate(OrganisationRequest request) {
    Organisation candidate = new Organisation();
    Listings.apply(request, candidate);
    return candidate;
  }

  /**
   * Refuses a listing that another already covers: the same website, or the same name in the same
   * country (and city, when both say).
   */
  void refuseDuplicates(Organisation org, Long self) {
    if (org.websiteKey != null) {
      for (Organisation other : organisations.findByWebsiteKey(org.websiteKey)) {
        if (!other.id.equals(self) && Keys.namesOverlap(org.nameKey, other.nameKey)) {
          duplicate(other, "website");
        }
      }
    }
    for (Organisation other : organisations.findByName(org.nameKey, org.country)) {
      if (!other.id.equals(self)
          && (org.cityKey == null || other.cityKey == null || org.cityKey.equals(other.cityKey))) {
        duplicate(other, "name");
      }
    }
  }

  private static void duplicate(Organisation other, String what) {
    throw new ConflictException(
        other.name
            + " already has a listing with this "
            + what
            + ". If it is yours, claim it instead of listing it again.",
        "/coops/" + other.slug);
  }

  String uniqueSlug(String name, String city) {
    // Every candidate starts with the name's slug, so one query finds all that are taken.
    Set<String> taken = organisations.slugsLike(Keys.slug(name));
    return Keys.uniqueSlug(
        name, city, slug -> Reserved.SLUGS.contains(slug) || taken.contains(slug));
  }

  Revision.Actor requireMaintainerOrStaff(Caller caller, Organisation org) {
    caller.requireSignedIn();
    if (caller.isStaff()) {
      return Revision.Actor.MODERATOR;
    }
    if (caller.accountId() != null && organisations.isMaintainer(org.id, caller.accountId())) {
      return Revision.Actor.MAINTAINER;
    }
    throw new ForbiddenException(
        "Only this listing's maintainers and Seedbed's moderators may do this.");
  }

  private boolean isMaintainerOrStaff(Caller caller, Organisation org) {
    return caller.isStaff()
        || (caller.accountId() != null && organisations.isMaintainer(org.id, caller.accountId()));
  }

  private OrganisationView view(Organisation org, boolean privileged) {
    return OrganisationView.of(org, !organisations.maintainers(org.id).isEmpty(), privileged);
  }

  /** Writes the listing's current state to its history and tells the index. */
  void record(Organisation org, String summary, Revision.Actor actor, Long accountId) {
    org.revision++;
    Revision revision = new Revision();
    revision.organisationId = org.id;
    revision.number = org.revision;
    revision.snapshot = Listings.snapshot(org).toString();
    revision.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
    revision.actor = actor;
    revision.changedBy = accountId;
    revision.createdAt = now();
    organisations.addRevision(revision);
    changed.fire(SearchableChanged.of(OrganisationSearchSource.TYPE, org.id));
  }

  private void tellMaintainers(Organisation org, String template, Map<String, String> extra) {
    Map<String, String> values = new java.util.HashMap<>(extra);
    values.put("name", org.name);
    values.put("link", baseUrl + "/coops/" + org.slug);
    for (AccountView person : accounts.describe(organisations.maintainers(org.id)).values()) {
      mailer.send(new Mail(person.email(), template, values));
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** Words under /coops/ that are pages, not listings. */
  static final class Reserved {
    static final Set<String> SLUGS =
        Set.of(
            "new",
            "confirm",
            "confirmation",
            "join",
            "standards",
            "moderation",
            "claims",
            "listing",
            "edit",
            "claim");

    private Reserved() {}
  }
}
