package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountView;
import java.util.List;

/** A reviewer on a cohort's panel, for staff: who, and what they know about. */
public record ReviewerView(String email, String name, List<String> sectors, List<String> topics) {

  static ReviewerView from(CohortReviewer r, AccountView account) {
    return new ReviewerView(
        account == null ? null : account.email(),
        account == null ? null : account.displayName(),
        r.sectors,
        r.topics);
  }
}
