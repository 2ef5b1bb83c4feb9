package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountView;

/** A team's mentor, as staff name them. */
public record MentorView(long applicationId, String email, String name) {

  static MentorView from(long applicationId, AccountView account) {
    return new MentorView(applicationId, account.email(), TeamService.nameOf(account));
  }
}
