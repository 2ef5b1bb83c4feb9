package coop.seedbed.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's one datasource from MicroProfile Config, so that the same WAR runs on
 * the embedded H2 file and on PostgreSQL with nothing but environment variables changed.
 */
@DataSourceDefinition(
    name = SeedbedDataSource.JNDI_NAME,
    className = "${MPCONFIG=seedbed.db.datasource-class}",
    url = "${MPCONFIG=seedbed.db.url}",
    user = "${MPCONFIG=seedbed.db.user}",
    password = "${MPCONFIG=seedbed.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // Payara checks a pooled connection before lending it, so a restarted database heals itself.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@ApplicationScoped
public class SeedbedDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/seedbed";
}
