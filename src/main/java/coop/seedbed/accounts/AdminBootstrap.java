package coop.seedbed.accounts;

import coop.seedbed.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The first admin: the account whose proven address equals {@code SEEDBED_ADMIN_EMAIL} is made
 * staff and admin at start, and at the moment it proves its address if that comes later.
 */
@ApplicationScoped
class AdminBootstrap {

  @Inject AccountService accounts;

  void onStart(@Observes SchemaReady ready) {
    accounts.grantConfiguredAdmin();
  }
}
