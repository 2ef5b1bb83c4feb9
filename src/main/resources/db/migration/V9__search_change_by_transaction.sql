-- Each change-log entry remembers the transaction that wrote it. On PostgreSQL the default takes
-- the writing transaction's id, and an indexer reads every entry of the transactions that had not
-- ended when it last looked (the snapshot's horizon), so an entry that commits late is never
-- skipped. H2 runs as one instance and keeps reading by sequence number; its default is NULL.
-- SchemaMigration fills in the default for the database in use.
ALTER TABLE search_change ADD COLUMN xid BIGINT DEFAULT ${transactionId};
CREATE INDEX search_change_xid ON search_change (xid);

-- The newest transaction whose entries the purge has deleted: an index that has read only up to
-- it has missed something and is built again.
INSERT INTO search_meta (name, setting) VALUES ('purged_xid', '0');
