package coop.seedbed.database;

import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Values of native query results as the JDBC driver hands them back: H2 and PostgreSQL differ for a
 * timestamp with time zone (OffsetDateTime or Timestamp) and for TEXT (a Clob or a String).
 */
public final class NativeValues {

  private NativeValues() {}

  public static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  /** The same instant at UTC; null stays null. */
  public static OffsetDateTime utc(Object value) {
    return value == null ? null : instant(value).atOffset(ZoneOffset.UTC);
  }

  public static String text(Object value) {
    if (value instanceof Clob clob) {
      try (Reader reader = clob.getCharacterStream()) {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        for (int n = reader.read(chunk); n != -1; n = reader.read(chunk)) {
          text.append(chunk, 0, n);
        }
        return text.toString();
      } catch (SQLException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return (String) value;
  }
}
