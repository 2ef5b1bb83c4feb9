-- The search index's change log and what people search for.

-- Every change to something searchable, in commit order as near as a sequence allows. Each
-- instance reads it to keep its own index current; rows older than a day are deleted.
CREATE SEQUENCE search_change_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE search_change (
    seq        BIGINT PRIMARY KEY,
    type       VARCHAR(30) NOT NULL,
    doc_id     VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_change_time ON search_change (changed_at);

-- Facts about this database that the index must match: an index built from another database
-- (a restored backup, H2 before PostgreSQL) is rebuilt rather than trusted.
CREATE TABLE search_meta (
    name  VARCHAR(50) PRIMARY KEY,
    setting VARCHAR(100) NOT NULL
);

-- Queries people typed, counted: text only, never who typed them.
CREATE TABLE search_query_stat (
    query_text   VARCHAR(200) PRIMARY KEY,
    searches     BIGINT NOT NULL,
    zero_results BIGINT NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_query_stat_searches ON search_query_stat (searches);
