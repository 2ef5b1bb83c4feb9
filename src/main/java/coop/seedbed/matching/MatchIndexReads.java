package coop.seedbed.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Ids and versions of the rows of {@code kind} changed since {@code since}. */
  @Transactional(TxType.REQUIRES_NEW)
  List<long[]> versionsSince(String kind, OffsetDateTime since) {
    return kind.equals(Facts.PROFILE)
        ? matches.profileVersionsSince(since)
        : matches.roleVersionsSince(since);
  }

  /** These rows of {@code kind} as the index should hold them; empty facts for those gone. */
  @Transactional(TxType.REQUIRES_NEW)
  List<Changed> rows(String kind, List<Long> ids) {
    List<Changed> rows = new ArrayList<>();
    if (kind.equals(Facts.PROFILE)) {
      Map<Long, Profile> found = matches.profiles(ids);
      for (long id : ids) {
        rows.add(
            new Changed(
                id,
                Optional.ofNullable(found.get(id)).filter(Profile::isSuggestible).map(Facts::of)));
      }
    } else {
      Map<Long, OpenRole> found = matches.roles(ids);
      for (long id : ids) {
        rows.add(
            new Changed(id, Optional.ofNullable(found.get(id)).filter(r -> r.open).map(Facts::of)));
      }
    }
    return rows;
  }
}
