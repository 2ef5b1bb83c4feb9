package coop.seedbed.accounts;

import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds accounts and their tokens; {@code find} returns empty, {@code get} throws not-found. */
@ApplicationScoped
class Accounts {

  @PersistenceContext EntityManager em;

  Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  Account get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("There is no such account."));
  }

  List<Account> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids", Account.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  Optional<Account> findByEmail(String email) {
    return em.createQuery("select a from Account a where a.email = :email", Account.class)
        .setParameter("email", normalise(email))
        .getResultStream()
        .findFirst();
  }

  void add(Account account) {
    em.persist(account);
  }

  void add(AccountToken token) {
    em.persist(token);
  }

  void remove(Account account) {
    em.createQuery("delete from AccountToken t where t.account = :account")
        .setParameter("account", account)
        .executeUpdate();
    em.remove(account);
  }

  Optional<AccountToken> findToken(String tokenHash) {
    return em.createQuery(
            "select t from AccountToken t where t.tokenHash = :hash", AccountToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  List<AccountToken> tokensOf(Account account) {
    return em.createQuery(
            "select t from AccountToken t where t.account = :account order by t.createdAt",
            AccountToken.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Makes every unused link of these purposes unusable, e.g. after a password change. */
  void expireTokens(Account account, OffsetDateTime now, TokenPurpose... purposes) {
    em.createQuery(
            "update AccountToken t set t.usedAt = :now"
                + " where t.account = :account and t.usedAt is null and t.purpose in :purposes")
        .setParameter("now", now)
        .setParameter("account", account)
        .setParameter("purposes", List.of(purposes))
        .executeUpdate();
  }

  boolean markUsed(AccountToken token, OffsetDateTime now) {
    return em.createQuery(
                "update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
            .setParameter("now", now)
            .setParameter("id", token.id)
            .executeUpdate()
        == 1;
  }

  static String normalise(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
