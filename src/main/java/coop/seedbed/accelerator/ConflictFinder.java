package coop.seedbed.accelerator;

import coop.seedbed.booking.CallContacts;
import coop.seedbed.directory.FindListings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers the facts {@link Conflicts} decides on: a reviewer's listings, co-maintainers, past
 * teammates and the people they met on Digital Candle calls (a few queries per reviewer), and a
 * team's people and the conflicts declared about it.
 */
@ApplicationScoped
class ConflictFinder {

  @Inject Applications applications;
  @Inject Reviews reviews;
  @Inject FindListings directory;
  @Inject CallContacts calls;

  Conflicts.ReviewerTies ties(long accountId, String email) {
    FindListings.Ties listings = directory.tiesOf(accountId);
    CallContacts.Met met = calls.metOnCalls(accountId, email);
    return new Conflicts.ReviewerTies(
        accountId,
        email,
        listings.listings(),
        listings.coMaintainers(),
        Set.copyOf(applications.teammatesOf(accountId)),
        met.emails(),
        met.accounts());
  }

  Conflicts.Team team(Application a, List<Member> members) {
    Set<Long> accounts = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (Member m : members) {
      if (m.status == Member.Status.DECLINED) {
        continue;
      }
      emails.add(m.email);
      if (m.accountId != null) {
        accounts.add(m.accountId);
      }
    }
    Set<Long> declaredBy =
        reviews.declared(a.id).stream()
            .filter(d -> d.reviewerAccountId != null)
            .map(d -> d.reviewerAccountId)
            .collect(Collectors.toSet());
    return new Conflicts.Team(accounts, emails, a.organisationSlug, declaredBy);
  }

  Optional<String> conflict(long accountId, String email, Application a) {
    return Conflicts.reason(ties(accountId, email), team(a, applications.members(a.id)));
  }
}
