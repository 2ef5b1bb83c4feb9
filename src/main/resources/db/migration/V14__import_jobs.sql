-- Bulk imports run as jobs (see ImportJobs): the instance that received the body keeps it as a file
-- and writes its lines in the background, recording its progress here once per batch so that any
-- instance can answer for it. heartbeat_at is set from the database's clock on every batch (and on
-- the queued jobs of the same instance); a job whose heartbeat is over two minutes old lost its
-- instance and is shown as interrupted. Only the first refused lines are kept, with their count.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE import_job (
    id              BIGINT PRIMARY KEY,
    state           VARCHAR(16) NOT NULL,
    instance_id     VARCHAR(64) NOT NULL,
    file_name       VARCHAR(300),
    bytes_total     BIGINT NOT NULL,
    bytes_read      BIGINT NOT NULL DEFAULT 0,
    lines_read      INTEGER NOT NULL DEFAULT 0,
    created_count   INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    refused_count   INTEGER NOT NULL DEFAULT 0,
    failure         VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX import_job_created ON import_job (created_at);
CREATE INDEX import_job_instance_state ON import_job (instance_id, state);

CREATE TABLE import_job_problem (
    job_id      BIGINT NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    field       VARCHAR(200) NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    existing    VARCHAR(400),
    PRIMARY KEY (job_id, ordinal)
);
