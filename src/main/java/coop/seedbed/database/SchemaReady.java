package coop.seedbed.database;

/**
 * Fired once the schema is migrated: start-up work that touches the database (loading sample
 * content, the first admin, the mail sender) observes this instead of racing the migration.
 */
public record SchemaReady() {}
