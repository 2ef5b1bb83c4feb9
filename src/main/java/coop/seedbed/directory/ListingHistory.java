package coop.seedbed.directory;

import coop.seedbed.search.SearchableChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Every change to a listing writes an entry to its history in the same transaction, and announces
 * {@link SearchableChanged} so that the search index follows after the commit.
 */
@ApplicationScoped
class ListingHistory {

  @Inject Organisations organisations;
  @Inject Clock clock;
  @Inject Event<SearchableChanged> changed;

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

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
