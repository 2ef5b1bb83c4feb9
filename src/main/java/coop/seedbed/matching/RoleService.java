package coop.seedbed.matching;

import coop.seedbed.accounts.Caller;
import coop.seedbed.directory.FindListings;
import coop.seedbed.directory.OrganisationView;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Open roles on a co-op's listing: its maintainers post and close them; anyone sees those still
 * open on a published listing. A role takes its place and sectors from the listing, so people near
 * it and caring about its work are the ones it is suggested to.
 */
@ApplicationScoped
public class RoleService {

  @Inject Matches matches;
  @Inject FindListings directory;
  @Inject Event<MatchChanged> changed;
  @Inject Clock clock;

  @Transactional
  public List<RoleView> roles(@NotNull Caller caller, @NotNull String slug) {
    directory.find(caller, slug);
    return matches.rolesOf(slug).stream().map(RoleView::from).toList();
  }

  @Transactional
  public RoleView post(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = ProfileService.BODY_REQUIRED) @Valid RoleRequest request) {
    caller.requireVerifiedEmail();
    long me = caller.requirePerson();
    OrganisationView org = directory.find(caller, slug);
    if (!directory.canEdit(caller, slug)) {
      throw new ForbiddenException("Only the listing's maintainers can post its open roles.");
    }
    if (!"published".equals(org.status())) {
      throw new InvalidInputException(
          "", "Roles go on published listings; this one is not published yet.");
    }
    List<FieldError> errors = new ArrayList<>();
    OpenRole r = new OpenRole();
    r.organisationSlug = org.slug();
    r.organisationName = org.name();
    r.title = request.title().strip();
    r.description = request.description() == null ? "" : request.description().strip();
    r.skills = ProfileService.skills(request.skills(), errors);
    r.tags = ProfileService.tags(request.tags(), "tags", errors);
    r.sectors = ProfileService.tags(org.sectors(), "sectors", new ArrayList<>());
    r.decision =
        ProfileService.codes(request.decision(), ProfileService.DECISIONS, "decision", errors);
    r.hoursPerWeek = request.hoursPerWeek();
    r.remote = request.remote() != null ? request.remote() : org.remote();
    r.city = org.city();
    r.country = org.country();
    r.latitude = org.latitude();
    r.longitude = org.longitude();
    r.languages = ProfileService.languages(request.languages(), errors);
    if (!r.remote && r.country == null) {
      errors.add(
          new FieldError(
              "remote", "The listing has no country, so the role must be open to remote work."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    r.howToApply = request.howToApply().strip();
    r.contactAccountId = me;
    r.open = true;
    OffsetDateTime now = OffsetDateTime.now(clock);
    r.createdAt = now;
    r.updatedAt = now;
    matches.persist(r);
    matches.flush();
    changed.fire(new MatchChanged(Facts.ROLE, r.id));
    return RoleView.from(r);
  }

  /** Closes a role, filled or not: it is no longer suggested or listed. */
  @Transactional
  public RoleView close(@NotNull Caller caller, @NotNull String slug, long id) {
    caller.requirePerson();
    OpenRole r =
        matches
            .role(id)
            .filter(x -> x.organisationSlug.equals(slug))
            .orElseThrow(() -> new NotFoundException("There is no such role on this listing."));
    if (!directory.canEdit(caller, slug)) {
      throw new ForbiddenException("Only the listing's maintainers can close its roles.");
    }
    r.open = false;
    r.updatedAt = OffsetDateTime.now(clock);
    changed.fire(new MatchChanged(Facts.ROLE, r.id));
    return RoleView.from(r);
  }
}
