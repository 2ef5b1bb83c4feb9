package coop.seedbed.matching;

import coop.seedbed.shared.PersonalZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;

/** A matchmaking profile names the zone its person works in. */
@ApplicationScoped
class ProfileZone implements PersonalZone {

  @Inject Matches matches;

  @Override
  public Optional<ZoneId> of(long accountId) {
    return matches.profileOf(accountId).map(p -> ZoneId.of(p.timeZone));
  }
}
