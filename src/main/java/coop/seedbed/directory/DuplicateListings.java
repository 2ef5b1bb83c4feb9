package coop.seedbed.directory;

import coop.seedbed.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Refuses a listing that another already covers, so one organisation has one listing. */
@ApplicationScoped
class DuplicateListings {

  @Inject Organisations organisations;

  /**
   * The keys a request would give a listing, on an object the persistence context does not manage:
   * checking duplicates must not flush a half-changed listing.
   */
  static Organisation candidate(OrganisationRequest request) {
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
}
