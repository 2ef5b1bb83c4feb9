-- Rate limits shared by every instance on PostgreSQL (see SharedRateBuckets): one row per limited
-- purpose and caller, named by a hash so that no address or email is stored, refilled by the
-- database's clock. Rows untouched for a day are deleted.
CREATE TABLE rate_bucket (
    bucket     VARCHAR(64) PRIMARY KEY,
    tokens     DOUBLE PRECISION NOT NULL,
    taken      BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX rate_bucket_updated ON rate_bucket (updated_at);
