package coop.seedbed.accounts;

import java.time.OffsetDateTime;
import java.util.List;

/** An account as its owner sees it. */
public record AccountView(
    long id,
    String email,
    String displayName,
    boolean emailVerified,
    boolean hasPassword,
    List<String> roles,
    OffsetDateTime createdAt) {

  static AccountView from(Account account) {
    return new AccountView(
        account.id,
        account.email,
        account.displayName,
        account.isEmailVerified(),
        account.passwordHash != null,
        account.roles.stream().map(role -> role.name().toLowerCase()).sorted().toList(),
        account.createdAt);
  }
}
