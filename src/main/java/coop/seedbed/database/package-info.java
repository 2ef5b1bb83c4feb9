/**
 * The database connection and its schema: the datasource declared from configuration (H2 by
 * default, PostgreSQL when configured), Flyway migrations at start, and the {@link
 * coop.seedbed.database.SchemaReady} event that start-up work waits for.
 */
package coop.seedbed.database;
