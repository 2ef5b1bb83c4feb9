package coop.seedbed.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Resource(lookup = SeedbedDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    if (!migration.isMigrated()) {
      return HealthCheckResponse.named("database").down().withData("schema", "migrating").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database")
          .status(connection.isValid(2))
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
    }
  }
}
