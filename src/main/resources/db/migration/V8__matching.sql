-- Matchmaking: profiles, co-ops' open roles, introductions asked and answered, blocks, hidden
-- suggestions, founding circles and the draft of a cohort's mentor assignment. Nobody's address is
-- stored here: introductions reveal account addresses only once both people have said yes. One
-- open request between two people at a time: open_key is "from:to" while a request is pending and
-- NULL after, and NULLs do not clash in a UNIQUE constraint (on H2 and PostgreSQL alike).
CREATE SEQUENCE match_profile_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE match_role_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE match_introduction_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE match_circle_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE match_profile (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name            VARCHAR(100) NOT NULL,
    -- What they want, codes separated by commas: start, join, cofounders, mentor, mentee.
    wants           VARCHAR(100) NOT NULL,
    -- Skills of the shared vocabulary, free tags beside them, sectors: codes or tags by commas.
    skills          VARCHAR(1000) NOT NULL,
    tags            VARCHAR(500) NOT NULL,
    sectors         VARCHAR(500) NOT NULL,
    -- How they like to decide (consensus, consent, majority, delegated) and to pay (equal,
    -- capped, by-role): the ones they are happy with.
    decision        VARCHAR(100) NOT NULL,
    pay             VARCHAR(100) NOT NULL,
    hours_per_week  INTEGER NOT NULL,
    available_from  DATE,
    city            VARCHAR(100),
    country         VARCHAR(2),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    -- How far from their place they would work in person; NULL: within their country.
    radius_km       INTEGER,
    remote          BOOLEAN NOT NULL,
    time_zone       VARCHAR(60) NOT NULL,
    -- Usual working hours in their own zone, on these days (MO,TU,...).
    work_start      TIME NOT NULL,
    work_end        TIME NOT NULL,
    work_days       VARCHAR(30) NOT NULL,
    overlap_matters BOOLEAN NOT NULL,
    languages       VARCHAR(100) NOT NULL,
    about           VARCHAR(2000) NOT NULL,
    -- Mentors: how many teams they can take at once.
    mentor_capacity INTEGER NOT NULL DEFAULT 0,
    -- Wants Seedbed to propose a founding circle.
    circle          BOOLEAN NOT NULL DEFAULT FALSE,
    -- HIDDEN, MEMBERS (signed-in people), PUBLIC.
    visibility      VARCHAR(10) NOT NULL,
    paused          BOOLEAN NOT NULL,
    last_active_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT match_profile_account UNIQUE (account_id),
    CONSTRAINT match_profile_hours CHECK (hours_per_week BETWEEN 1 AND 80),
    CONSTRAINT match_profile_capacity CHECK (mentor_capacity BETWEEN 0 AND 20)
);
CREATE INDEX match_profile_updated ON match_profile (updated_at);

-- A co-op's open role, posted by a maintainer of its listing, who answers introductions to it.
CREATE TABLE match_role (
    id                 BIGINT PRIMARY KEY,
    organisation_slug  VARCHAR(140) NOT NULL,
    organisation_name  VARCHAR(200) NOT NULL,
    title              VARCHAR(140) NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    skills             VARCHAR(1000) NOT NULL,
    tags               VARCHAR(500) NOT NULL,
    sectors            VARCHAR(500) NOT NULL,
    decision           VARCHAR(100) NOT NULL,
    hours_per_week     INTEGER NOT NULL,
    remote             BOOLEAN NOT NULL,
    city               VARCHAR(100),
    country            VARCHAR(2),
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    languages          VARCHAR(100) NOT NULL,
    how_to_apply       VARCHAR(1000) NOT NULL,
    contact_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    open               BOOLEAN NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX match_role_org ON match_role (organisation_slug, open);
CREATE INDEX match_role_updated ON match_role (updated_at);

CREATE TABLE match_introduction (
    id              BIGINT PRIMARY KEY,
    from_account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    to_account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role_id         BIGINT REFERENCES match_role (id) ON DELETE SET NULL,
    note            VARCHAR(1000) NOT NULL,
    -- PENDING, ACCEPTED, DECLINED, LAPSED, WITHDRAWN.
    status          VARCHAR(10) NOT NULL,
    open_key        VARCHAR(41),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    answered_at     TIMESTAMP WITH TIME ZONE,
    version         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT match_introduction_open UNIQUE (open_key)
);
CREATE INDEX match_introduction_to ON match_introduction (to_account_id, status, created_at);
CREATE INDEX match_introduction_from ON match_introduction (from_account_id, created_at);
CREATE INDEX match_introduction_due ON match_introduction (status, expires_at);

-- Blocks are one row, but work both ways: neither sees the other again.
CREATE TABLE match_block (
    blocker_account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    blocked_account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (blocker_account_id, blocked_account_id)
);
CREATE INDEX match_block_blocked ON match_block (blocked_account_id);

-- A suggestion someone hid: "profile" or "role" and its id.
CREATE TABLE match_hidden (
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        VARCHAR(10) NOT NULL,
    target_id   BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, kind, target_id)
);

CREATE TABLE match_circle (
    id          BIGINT PRIMARY KEY,
    -- PROPOSED, FORMED, DISSOLVED.
    status      VARCHAR(10) NOT NULL,
    fit         INTEGER NOT NULL,
    reasons     VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    formed_at   TIMESTAMP WITH TIME ZONE,
    version     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE match_circle_member (
    circle_id   BIGINT NOT NULL REFERENCES match_circle (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- PENDING, YES, NO.
    answer      VARCHAR(10) NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (circle_id, account_id)
);
CREATE INDEX match_circle_member_account ON match_circle_member (account_id);

-- A cohort's mentor assignment as proposed, and as staff changed it, until they confirm it.
CREATE TABLE match_mentor_draft (
    cohort_slug       VARCHAR(80) NOT NULL,
    application_id    BIGINT NOT NULL,
    mentor_account_id BIGINT REFERENCES account (id) ON DELETE CASCADE,
    fit               INTEGER NOT NULL,
    reasons           VARCHAR(1000) NOT NULL,
    fixed             BOOLEAN NOT NULL,
    PRIMARY KEY (cohort_slug, application_id)
);
