package coop.seedbed.directory;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the directory: one listing, a page of listings, and who maintains what. Only published
 * listings are public; maintainers and staff see the rest.
 */
@ApplicationScoped
public class FindListings {

  @Inject Organisations organisations;
  @Inject AccountService accounts;
  @Inject ListingPages listingPages;
  @Inject ListingAccess access;

  /** A published listing for anyone; any listing for its maintainers and staff. */
  public OrganisationView find(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.getBySlug(slug);
    boolean privileged = access.isMaintainerOrStaff(caller, org);
    if (!org.isPublished() && !privileged) {
      throw new NotFoundException("There is no listing at /coops/" + slug + ".");
    }
    return access.view(org, privileged);
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

  public List<OrganisationView> maintainedBy(@NotNull Caller caller) {
    long accountId = caller.requirePerson();
    return organisations.maintainedBy(accountId).stream()
        .map(o -> OrganisationView.of(o, true, true))
        .toList();
  }

  public boolean canEdit(@NotNull Caller caller, @NotNull String slug) {
    return organisations
        .findBySlug(slug)
        .map(org -> access.isMaintainerOrStaff(caller, org))
        .orElse(false);
  }

  /** The names of a listing's maintainers, for its maintainers and staff. */
  public List<String> maintainerNames(@NotNull Caller caller, @NotNull String slug) {
    Organisation org = organisations.getBySlug(slug);
    access.requireMaintainerOrStaff(caller, org);
    Map<Long, AccountView> people = accounts.describe(organisations.maintainers(org.id));
    return people.values().stream()
        .map(p -> p.displayName() != null ? p.displayName() + " (" + p.email() + ")" : p.email())
        .sorted()
        .toList();
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
}
