package coop.seedbed.matching;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Blocking someone: from then on neither is suggested to the other, neither can see the other's
 * profile or ask to meet, and any request between them still waiting is withdrawn without a word to
 * either. One row, read both ways.
 */
@ApplicationScoped
public class BlockService {

  @Inject Matches matches;
  @Inject Clock clock;

  @Transactional
  public void block(
      @NotNull Caller caller,
      @NotNull(message = ProfileService.BODY_REQUIRED) @Valid BlockRequest request) {
    long me = caller.requirePerson();
    Profile them =
        matches
            .profile(request.profile())
            .orElseThrow(() -> new NotFoundException("There is no such profile."));
    if (them.accountId == me) {
      throw new InvalidInputException("profile", "You cannot block yourself.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    matches.block(me, them.accountId, now);
    for (Introduction i : matches.introductionsOf(me)) {
      boolean between = i.fromAccountId == them.accountId || i.toAccountId == them.accountId;
      if (between && i.status == Introduction.Status.PENDING) {
        i.status = Introduction.Status.DECLINED;
        i.openKey = null;
        i.answeredAt = now;
      }
    }
  }
}
