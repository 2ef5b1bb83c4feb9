-- Guides live as files in content/guides/; this table only remembers which version of each the
-- search index was told about, so a guide edited or deleted while Seedbed was down is re-indexed.
CREATE TABLE guide_state (
    slug VARCHAR(120) PRIMARY KEY,
    hash VARCHAR(64) NOT NULL
);

-- Legal documents uploaded by staff and maintainers. The original file and the text read from it
-- are kept in tables of their own, so lists of documents never load either.
CREATE SEQUENCE legal_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legal_document (
    id              BIGINT PRIMARY KEY,
    slug            VARCHAR(140) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    summary         VARCHAR(1000) NOT NULL,
    -- An ISO 3166 country or subdivision code; NULL when the document is not about one place.
    jurisdiction    VARCHAR(10),
    -- Topic codes of content/guides, separated by commas.
    topics          VARCHAR(300) NOT NULL,
    licence         VARCHAR(200) NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    -- Decided from the file's bytes, never from its name.
    media_type      VARCHAR(120) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    sha256          VARCHAR(64) NOT NULL,
    -- WAITING (for its text to be read), READING, READY, or FAILED with a plain reason.
    status          VARCHAR(12) NOT NULL,
    reason          VARCHAR(1000),
    text_chars      INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    uploaded_by     BIGINT REFERENCES account (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT legal_document_slug_unique UNIQUE (slug)
);
CREATE INDEX legal_document_status ON legal_document (status, updated_at);
CREATE INDEX legal_document_uploader ON legal_document (uploaded_by);

CREATE TABLE legal_document_file (
    document_id BIGINT PRIMARY KEY REFERENCES legal_document (id) ON DELETE CASCADE,
    content     BYTEA NOT NULL
);

CREATE TABLE legal_document_text (
    document_id BIGINT PRIMARY KEY REFERENCES legal_document (id) ON DELETE CASCADE,
    body        TEXT NOT NULL
);
