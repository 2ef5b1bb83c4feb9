-- The directory: organisations, their maintainers, the history of every change, claims and
-- invitations, and the tags (sectors, services, technologies, languages) that filters use.

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE organisation_revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE organisation_claim_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                    BIGINT PRIMARY KEY,
    slug                  VARCHAR(120) NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    -- Lower-case, accents and punctuation removed, legal suffixes dropped: for duplicates and order.
    name_key              VARCHAR(200) NOT NULL,
    kind                  VARCHAR(30) NOT NULL,
    description           TEXT,
    website               VARCHAR(500),
    -- The website's host without www (plus the first path segment on platforms many share).
    website_key           VARCHAR(300),
    email                 VARCHAR(254),
    city                  VARCHAR(120),
    city_key              VARCHAR(120),
    region                VARCHAR(120),
    country               VARCHAR(2),
    latitude              DOUBLE PRECISION,
    longitude             DOUBLE PRECISION,
    -- Shown as stored here, one value a line; filtered through organisation_tag.
    sectors               VARCHAR(2000),
    services              VARCHAR(2000),
    technologies          VARCHAR(2000),
    languages             VARCHAR(300),
    members               INTEGER,
    founded               INTEGER,
    hiring                BOOLEAN NOT NULL DEFAULT FALSE,
    accepting_members     BOOLEAN NOT NULL DEFAULT FALSE,
    remote                BOOLEAN NOT NULL DEFAULT FALSE,
    status                VARCHAR(12) NOT NULL,
    origin                VARCHAR(12) NOT NULL,
    external_id           VARCHAR(200),
    source_note           VARCHAR(500),
    submitted_by          BIGINT REFERENCES account (id) ON DELETE SET NULL,
    standards_affirmed_at TIMESTAMP WITH TIME ZONE,
    rejection_reason      VARCHAR(1000),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE,
    last_confirmed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirm_requested_at  TIMESTAMP WITH TIME ZONE,
    confirm_token_hash    VARCHAR(64),
    unconfirmed           BOOLEAN NOT NULL DEFAULT FALSE,
    revision              INTEGER NOT NULL DEFAULT 0,
    version               INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT organisation_slug_unique UNIQUE (slug),
    CONSTRAINT organisation_external_id_unique UNIQUE (external_id)
);
-- Not unique: the members of an umbrella (46 Country Markets societies, housing co-ops managed by
-- one agency) often share its website. Duplicates are judged by website and name together.
CREATE INDEX organisation_website_key ON organisation (website_key);
CREATE INDEX organisation_browse ON organisation (status, unconfirmed, name_key);
CREATE INDEX organisation_browse_kind ON organisation (status, kind, country, unconfirmed, name_key);
CREATE INDEX organisation_browse_country ON organisation (status, country, unconfirmed, name_key);
CREATE INDEX organisation_name ON organisation (name_key, country);
CREATE INDEX organisation_published ON organisation (status, published_at);
CREATE INDEX organisation_confirm_token ON organisation (confirm_token_hash);

CREATE TABLE organisation_tag (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    facet           VARCHAR(12) NOT NULL,
    tag             VARCHAR(80) NOT NULL,
    PRIMARY KEY (organisation_id, facet, tag)
);
CREATE INDEX organisation_tag_lookup ON organisation_tag (facet, tag, organisation_id);

CREATE TABLE organisation_maintainer (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX organisation_maintainer_account ON organisation_maintainer (account_id);

-- Every state a listing has been in, as JSON, so that any change can be seen and reverted.
CREATE TABLE organisation_revision (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    snapshot        TEXT NOT NULL,
    summary         VARCHAR(300) NOT NULL,
    actor           VARCHAR(12) NOT NULL,
    changed_by      BIGINT REFERENCES account (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_revision_unique UNIQUE (organisation_id, number)
);

-- A request to become a maintainer: by a link mailed to an address at the listing's own domain,
-- by a moderator's decision, or by a maintainer's invitation.
CREATE TABLE organisation_claim (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    account_id      BIGINT REFERENCES account (id) ON DELETE CASCADE,
    way             VARCHAR(12) NOT NULL,
    email           VARCHAR(254),
    message         VARCHAR(1000),
    token_hash      VARCHAR(64),
    status          VARCHAR(12) NOT NULL,
    decision_note   VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      BIGINT REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT organisation_claim_token_unique UNIQUE (token_hash)
);
CREATE INDEX organisation_claim_status ON organisation_claim (status, way);
