package coop.seedbed.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Token buckets in PostgreSQL, so that a limit holds across instances: ten wrong passwords spread
 * over two instances meet a limit of ten as they would on one. Each event is one upsert that
 * refills the bucket by the database's clock (so instances whose clocks differ agree) and takes a
 * token if there is one, in its own transaction: a refused sign-in still counts. Buckets are named
 * by a SHA-256 of purpose and caller, so the table holds no address or email.
 */
@ApplicationScoped
class SharedRateBuckets {

  @PersistenceContext EntityManager em;

  /** Takes one token; returns 0 when one was taken, else the milliseconds until one will be. */
  @Transactional(TxType.REQUIRES_NEW)
  long take(String purpose, String key, Limit limit) {
    double perSecond = limit.events() / (limit.window().toMillis() / 1000.0);
    // In ON CONFLICT's SET every expression reads the row as it was, so refilled is computed
    // alike for tokens and taken.
    String refilled =
        "least(?2, rate_bucket.tokens"
            + " + extract(epoch from (clock_timestamp() - rate_bucket.updated_at)) * ?3)";
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "insert into rate_bucket (bucket, tokens, taken, updated_at)"
                        + " values (?1, ?2 - 1, true, clock_timestamp())"
                        + " on conflict (bucket) do update set"
                        + " tokens = "
                        + refilled
                        + " - case when "
                        + refilled
                        + " >= 1 then 1 else 0 end,"
                        + " taken = "
                        + refilled
                        + " >= 1,"
                        + " updated_at = clock_timestamp()"
                        + " returning tokens, taken")
                .setParameter(1, name(purpose, key))
                .setParameter(2, (double) limit.events())
                .setParameter(3, perSecond)
                .getSingleResult();
    if (Boolean.TRUE.equals(row[1])) {
      return 0;
    }
    double tokens = ((Number) row[0]).doubleValue();
    return (long) Math.ceil((1 - tokens) / perSecond * 1000);
  }

  /** Deletes buckets untouched for a day: any limit's window has refilled them long since. */
  @Transactional(TxType.REQUIRES_NEW)
  int forgetIdle() {
    return em.createNativeQuery(
            "delete from rate_bucket where updated_at < clock_timestamp() - interval '1 day'")
        .executeUpdate();
  }

  static String name(String purpose, String key) {
    return Tokens.hash(purpose + '\u0000' + key);
  }
}
