package coop.seedbed.directory;

import coop.seedbed.search.SearchableChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

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
    recordAll(List.of(next(org, summary, actor, accountId)));
  }

  /**
   * The listing's next history entry, taken from its current state and numbered (the listing's
   * revision counts it), not yet stored: {@link #recordAll} stores it.
   */
  Revision next(Organisation org, String summary, Revision.Actor actor, Long accountId) {
    org.revision++;
    Revision revision = new Revision();
    revision.organisationId = org.id;
    revision.number = org.revision;
    revision.snapshot = Listings.snapshot(org).toString();
    revision.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
    revision.actor = actor;
    revision.changedBy = accountId;
    revision.createdAt = now();
    return revision;
  }

  /** Stores history entries and tells the index once about all their listings. */
  void recordAll(List<Revision> revisions) {
    if (revisions.isEmpty()) {
      return;
    }
    revisions.forEach(organisations::addRevision);
    changed.fire(
        new SearchableChanged(
            OrganisationSearchSource.TYPE,
            revisions.stream().map(r -> String.valueOf(r.organisationId)).distinct().toList()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
