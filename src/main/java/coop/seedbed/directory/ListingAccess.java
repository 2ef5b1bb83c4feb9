package coop.seedbed.directory;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may see and change a listing (its maintainers and staff), and the listing as they see it. */
@ApplicationScoped
class ListingAccess {

  @Inject Organisations organisations;

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

  boolean isMaintainerOrStaff(Caller caller, Organisation org) {
    return caller.isStaff()
        || (caller.accountId() != null && organisations.isMaintainer(org.id, caller.accountId()));
  }

  OrganisationView view(Organisation org, boolean privileged) {
    return OrganisationView.of(org, !organisations.maintainers(org.id).isEmpty(), privileged);
  }
}
