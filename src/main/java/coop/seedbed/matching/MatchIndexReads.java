package coop.seedbed.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The index's reads of the database, each in a transaction of its own on the index's thread: what
 * may be suggested of a profile or role now (empty when it may not: hidden, paused, closed, gone).
 */
@ApplicationScoped
class MatchIndexReads {

  /** A changed row, with what the index should hold of it. */
  record Changed(long id, Optional<Facts> facts) {}

  @Inject Matches matches;

  @Transactional(TxType.REQUIRES_NEW)
  Optional<Facts> facts(String kind, long id) {
    if (kind.equals(Facts.PROFILE)) {
      return matches.profile(id).filter(Profile::isSuggestible).map(Facts::of);
    }
    return matches.role(id).filter(r -> r.open).map(Facts::of);
  }

  @Transactional(TxType.REQUIRES_NEW)
  List<Changed> profilesChanged(OffsetDateTime since, long after, int limit) {
    return matches.profilesChangedSince(since, after, limit).stream()
        .map(
            p ->
                new Changed(
                    p.id, p.isSuggestible() ? Optional.of(Facts.of(p)) : Optional.<Facts>empty()))
        .toList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  List<Changed> rolesChanged(OffsetDateTime since, long after, int limit) {
    return matches.rolesChangedSince(since, after, limit).stream()
        .map(r -> new Changed(r.id, r.open ? Optional.of(Facts.of(r)) : Optional.<Facts>empty()))
        .toList();
  }
}
