package coop.seedbed.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema with Flyway when the application starts, then announces {@link SchemaReady}.
 * Bean-managed transactions because Flyway manages its own; several instances starting at once are
 * safe because Flyway takes a database lock while it migrates.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = SeedbedDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(Map.of("transactionId", transactionIdExpression()))
            .load()
            .migrate();
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
    schemaReady.fire(new SchemaReady());
  }

  /**
   * What a column default takes as the writing transaction's id: PostgreSQL's own (a 64-bit id that
   * never wraps), nothing on H2, which runs as a single instance.
   */
  private String transactionIdExpression() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
          ? "(pg_current_xact_id()::text::bigint)"
          : "NULL";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }
}
