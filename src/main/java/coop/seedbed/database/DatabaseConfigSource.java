package coop.seedbed.database;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code seedbed.db.datasource-class} from the database URL, so that setting {@code
 * SEEDBED_DB_URL} to a PostgreSQL URL is enough to switch databases. It reads the URL from the same
 * places that outrank the built-in default (system properties, then the environment); an explicit
 * {@code SEEDBED_DB_DATASOURCE_CLASS} still wins because this source has a low ordinal.
 */
public class DatabaseConfigSource implements ConfigSource {

  static final String KEY = "seedbed.db.datasource-class";
  static final String H2 = "org.h2.jdbcx.JdbcDataSource";
  static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, dataSourceClassFor(configuredUrl()));
  }

  @Override
  public String getName() {
    return "seedbed-database-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  static String dataSourceClassFor(String url) {
    return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
  }

  private static String configuredUrl() {
    String url = System.getProperty("seedbed.db.url");
    if (url == null || url.isBlank()) {
      url = System.getenv("SEEDBED_DB_URL");
    }
    return url;
  }
}
