package coop.seedbed.booking;

import coop.seedbed.shared.PersonalZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;

/** A volunteer's zone is the one their weekly hours are in. */
@ApplicationScoped
class VolunteerZone implements PersonalZone {

  @Inject Volunteers volunteers;

  @Override
  public Optional<ZoneId> of(long accountId) {
    return volunteers.findByAccount(accountId).map(v -> ZoneId.of(v.timeZone));
  }
}
