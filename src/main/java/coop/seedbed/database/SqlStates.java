package coop.seedbed.database;

import java.sql.SQLException;
import java.util.Set;

/**
 * Reads why the database refused something from the SQL state anywhere in an exception's causes
 * (JPA and JTA wrap the driver's exception several layers deep). The states are the standard ones
 * PostgreSQL and H2 both use, plus H2's own lock timeout.
 */
public final class SqlStates {

  /** A unique or primary key refused a row. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** Two transactions could not both be serialised; one must retry or give up. */
  public static final String SERIALIZATION_FAILURE = "40001";

  /** H2 gave up waiting for another transaction's row lock. */
  public static final String H2_LOCK_TIMEOUT = "HYT00";

  private SqlStates() {}

  /** Whether any SQL exception among the causes of {@code thrown} has one of {@code states}. */
  public static boolean causedBy(Throwable thrown, Set<String> states) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && states.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public static boolean isUniqueViolation(Throwable thrown) {
    return causedBy(thrown, Set.of(UNIQUE_VIOLATION));
  }
}
