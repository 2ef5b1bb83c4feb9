package coop.seedbed.shared;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A person's own time zone, told by a feature that asked for it (a volunteer's hours, a matchmaking
 * profile), so that another feature's mail can give dates as its reader lives them without
 * depending on the feature that knows.
 */
public interface PersonalZone {

  Optional<ZoneId> of(long accountId);
}
