package coop.seedbed.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The database's reason, found however deep JPA and JTA wrapped it. */
class SqlStatesTest {

  private static Throwable wrapped(String state) {
    return new IllegalStateException(
        "transaction rolled back",
        new PersistenceException("flush failed", new SQLException("refused", state)));
  }

  @Test
  void findsTheStateBeneathTheWrappers() {
    assertThat(SqlStates.isUniqueViolation(wrapped("23505"))).isTrue();
    assertThat(SqlStates.isUniqueViolation(wrapped("23503"))).isFalse();
    assertThat(SqlStates.isUniqueViolation(new IllegalStateException("no cause"))).isFalse();
    assertThat(
            SqlStates.causedBy(
                wrapped("HYT00"), Set.of(SqlStates.H2_LOCK_TIMEOUT, SqlStates.UNIQUE_VIOLATION)))
        .isTrue();
  }
}
