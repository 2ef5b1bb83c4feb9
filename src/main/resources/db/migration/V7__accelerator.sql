-- The accelerator: programmes and their cohorts, applications by teams, review, decisions and the
-- cohort once it runs. Capacity holds in the database: cohort.places_taken is raised only by a
-- conditional update and its CHECK refuses more places than the cohort has, on any number of app
-- instances. One review per reviewer and application, one application per lead and cohort, one
-- check-in per team and fortnight are unique constraints.
CREATE SEQUENCE programme_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rubric_criterion_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cohort_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cohort_question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_decision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_conflict_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cohort_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_milestone_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_checkin_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE programme (
    id            BIGINT PRIMARY KEY,
    slug          VARCHAR(80) NOT NULL,
    name          VARCHAR(140) NOT NULL,
    -- Who it is for, what it offers and how teams are chosen: published, in Markdown.
    audience      VARCHAR(4000) NOT NULL,
    offer         VARCHAR(4000) NOT NULL,
    criteria      VARCHAR(4000) NOT NULL,
    -- Every rubric criterion is scored from 1 to this many levels.
    scale_levels  INTEGER NOT NULL,
    -- The milestones every accepted team starts with, one a line.
    milestones    VARCHAR(4000),
    -- The self-paced track offered to teams not taken: guide slugs in order, one a line.
    track         VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT programme_slug_unique UNIQUE (slug),
    CONSTRAINT programme_scale CHECK (scale_levels BETWEEN 2 AND 10)
);

CREATE TABLE rubric_criterion (
    id            BIGINT PRIMARY KEY,
    programme_id  BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          VARCHAR(140) NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    weight        INTEGER NOT NULL,
    -- What each level means, lowest first, one a line.
    levels        VARCHAR(4000) NOT NULL,
    CONSTRAINT rubric_criterion_weight CHECK (weight BETWEEN 1 AND 10)
);
CREATE INDEX rubric_criterion_programme ON rubric_criterion (programme_id, position);

CREATE TABLE cohort (
    id                      BIGINT PRIMARY KEY,
    programme_id            BIGINT NOT NULL REFERENCES programme (id),
    slug                    VARCHAR(80) NOT NULL,
    name                    VARCHAR(140) NOT NULL,
    starts_on               DATE NOT NULL,
    ends_on                 DATE NOT NULL,
    capacity                INTEGER NOT NULL,
    -- Offers open or taken up. Raised only by "... where places_taken < capacity".
    places_taken            INTEGER NOT NULL DEFAULT 0,
    -- The window as staff set it: local times in a named zone; the instants follow from them.
    time_zone               VARCHAR(60) NOT NULL,
    opens_local             TIMESTAMP NOT NULL,
    closes_local            TIMESTAMP NOT NULL,
    opens_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    reviews_per_application INTEGER NOT NULL,
    min_load                INTEGER NOT NULL,
    max_load                INTEGER NOT NULL,
    review_days             INTEGER NOT NULL,
    respond_days            INTEGER NOT NULL,
    blind                   BOOLEAN NOT NULL,
    faq                     VARCHAR(8000) NOT NULL,
    -- Decision mails as staff edited them; NULL: Seedbed's own wording.
    accept_mail             VARCHAR(4000),
    waitlist_mail           VARCHAR(4000),
    decline_mail            VARCHAR(4000),
    -- The interview stage: the panel's hours as dated windows ("2027-02-10 10:00-16:00"), one a
    -- line in the cohort's zone, and how long each interview lasts. NULL: no interviews.
    interview_hours         VARCHAR(2000),
    interview_minutes       INTEGER,
    interview_call_url      VARCHAR(500),
    -- Raised with every review, assignment and decision: the ranking board is kept until it moves.
    revision                BIGINT NOT NULL DEFAULT 0,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT cohort_slug_unique UNIQUE (slug),
    CONSTRAINT cohort_capacity CHECK (capacity > 0),
    CONSTRAINT cohort_places CHECK (places_taken >= 0 AND places_taken <= capacity),
    CONSTRAINT cohort_dates CHECK (ends_on >= starts_on),
    CONSTRAINT cohort_window CHECK (closes_at > opens_at),
    CONSTRAINT cohort_loads CHECK (min_load >= 0 AND max_load >= min_load)
);
CREATE INDEX cohort_closes ON cohort (closes_at);

CREATE TABLE cohort_question (
    id            BIGINT PRIMARY KEY,
    cohort_id     BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    -- SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, URL, FILE, ELIGIBILITY.
    kind          VARCHAR(20) NOT NULL,
    label         VARCHAR(300) NOT NULL,
    help          VARCHAR(1000),
    required      BOOLEAN NOT NULL,
    -- Choices, one a line.
    options       VARCHAR(2000),
    word_limit    INTEGER,
    min_number    BIGINT,
    max_number    BIGINT,
    -- Eligibility: the answer ("yes" or "no") that stops an application, and the reason given.
    stop_answer   VARCHAR(3),
    stop_reason   VARCHAR(1000),
    -- An answer that names the team (members, past employers): never shown in blind review.
    identifying   BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX cohort_question_cohort ON cohort_question (cohort_id, position);

CREATE TABLE cohort_reviewer (
    cohort_id     BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- Expertise, as lower-case tags separated by commas: the assignment's fit.
    sectors       VARCHAR(500) NOT NULL,
    topics        VARCHAR(500) NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cohort_id, account_id)
);

CREATE TABLE application (
    id                BIGINT PRIMARY KEY,
    cohort_id         BIGINT NOT NULL REFERENCES cohort (id),
    lead_account_id   BIGINT REFERENCES account (id) ON DELETE SET NULL,
    -- DRAFT, SUBMITTED, WITHDRAWN.
    status            VARCHAR(12) NOT NULL,
    -- NULL until decided; OFFERED, CONFIRMED, WAITLISTED, DECLINED, REFUSED, LAPSED.
    decision          VARCHAR(12),
    decided_at        TIMESTAMP WITH TIME ZONE,
    respond_by        TIMESTAMP WITH TIME ZONE,
    -- What names the team: never shown to reviewers of a blind cohort.
    project_name      VARCHAR(140) NOT NULL,
    website           VARCHAR(300),
    organisation_slug VARCHAR(140),
    -- What reviewers are matched on: a sector and a few topics, lower-case tags.
    sector            VARCHAR(60),
    topics            VARCHAR(300) NOT NULL,
    country           VARCHAR(2),
    summary           VARCHAR(2000) NOT NULL,
    shortlisted       BOOLEAN NOT NULL DEFAULT FALSE,
    -- Staff: further passages to hide from reviewers, one a line.
    redactions        VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    version           INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT application_lead_unique UNIQUE (cohort_id, lead_account_id)
);
CREATE INDEX application_cohort ON application (cohort_id, status);
CREATE INDEX application_decision_due ON application (decision, respond_by);

-- The team: the lead, and co-applicants invited by mail until they confirm.
CREATE TABLE application_member (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    account_id      BIGINT REFERENCES account (id) ON DELETE SET NULL,
    email           VARCHAR(254) NOT NULL,
    name            VARCHAR(100) NOT NULL,
    lead            BOOLEAN NOT NULL,
    -- INVITED, CONFIRMED, DECLINED.
    status          VARCHAR(10) NOT NULL,
    token_hash      VARCHAR(64),
    -- The secret in the address of this person's private feed of the cohort's sessions.
    feed_secret     VARCHAR(64) NOT NULL,
    invited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT application_member_unique UNIQUE (application_id, email),
    CONSTRAINT application_member_token UNIQUE (token_hash),
    CONSTRAINT application_member_feed UNIQUE (feed_secret)
);
CREATE INDEX application_member_account ON application_member (account_id);
CREATE INDEX application_member_email ON application_member (email);

CREATE TABLE application_answer (
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    question_id     BIGINT NOT NULL REFERENCES cohort_question (id) ON DELETE CASCADE,
    -- Text; several choices one a line; a number as written.
    answer          VARCHAR(20000),
    PRIMARY KEY (application_id, question_id)
);

-- A file answer: kept apart so that lists never load it. Its text is read by Tika in the
-- background: WAITING, READING (claimed by one instance at claimed_at), READY, or FAILED with a
-- plain reason.
CREATE TABLE application_file (
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    question_id     BIGINT NOT NULL REFERENCES cohort_question (id) ON DELETE CASCADE,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(120) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    content         BYTEA NOT NULL,
    status          VARCHAR(10) NOT NULL,
    reason          VARCHAR(1000),
    body            TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, question_id)
);
CREATE INDEX application_file_status ON application_file (status);

-- Every decision, who made it and when; the application row holds only the latest.
CREATE TABLE application_decision (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    decision        VARCHAR(12) NOT NULL,
    -- An account, or NULL with a label: "admin token", "Seedbed" for automatic steps.
    decided_by      BIGINT REFERENCES account (id) ON DELETE SET NULL,
    decided_by_label VARCHAR(120) NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    note            VARCHAR(2000)
);
CREATE INDEX application_decision_app ON application_decision (application_id, decided_at);

CREATE TABLE review (
    id                  BIGINT PRIMARY KEY,
    cohort_id           BIGINT NOT NULL REFERENCES cohort (id),
    application_id      BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    -- NULL once the reviewer deleted their account: the review stays, anonymous.
    reviewer_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    -- ASSIGNED, SUBMITTED.
    status              VARCHAR(10) NOT NULL,
    -- Fixed by staff: a re-run of the assignment keeps it.
    pinned              BOOLEAN NOT NULL DEFAULT FALSE,
    fit                 INTEGER NOT NULL,
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at         TIMESTAMP WITH TIME ZONE,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    comment             VARCHAR(4000),
    version             INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT review_unique UNIQUE (application_id, reviewer_account_id)
);
CREATE INDEX review_reviewer ON review (reviewer_account_id, status);
CREATE INDEX review_cohort ON review (cohort_id, status);

CREATE TABLE review_score (
    review_id     BIGINT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    criterion_id  BIGINT NOT NULL REFERENCES rubric_criterion (id) ON DELETE CASCADE,
    score         INTEGER NOT NULL,
    -- 1 (unsure) to 3 (sure).
    confidence    INTEGER NOT NULL,
    comment       VARCHAR(2000),
    PRIMARY KEY (review_id, criterion_id),
    CONSTRAINT review_score_confidence CHECK (confidence BETWEEN 1 AND 3)
);

-- Conflicts a reviewer declared, with their reason; those Seedbed finds itself are worked out
-- each time from who people are, so they cannot go stale.
CREATE TABLE review_conflict (
    id                  BIGINT PRIMARY KEY,
    application_id      BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    reviewer_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    reason              VARCHAR(1000) NOT NULL,
    declared_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_conflict_unique UNIQUE (application_id, reviewer_account_id)
);

-- One interview a team; one at a time for the panel.
CREATE TABLE interview (
    application_id  BIGINT PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    cohort_id       BIGINT NOT NULL REFERENCES cohort (id),
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence        INTEGER NOT NULL DEFAULT 0,
    booked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT interview_slot_unique UNIQUE (cohort_id, starts_at)
);

CREATE TABLE cohort_session (
    id            BIGINT PRIMARY KEY,
    cohort_id     BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    -- WORKSHOP, OFFICE_HOURS, DEMO_DAY, OTHER.
    kind          VARCHAR(20) NOT NULL,
    title         VARCHAR(200) NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    call_url      VARCHAR(500),
    place         VARCHAR(300),
    -- The invite's SEQUENCE, raised with every change; the UID never changes.
    sequence      INTEGER NOT NULL DEFAULT 0,
    cancelled     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cohort_session_cohort ON cohort_session (cohort_id, starts_at);

CREATE TABLE team_milestone (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           VARCHAR(200) NOT NULL,
    done_on         DATE,
    note            VARCHAR(1000)
);
CREATE INDEX team_milestone_app ON team_milestone (application_id, position);

-- Fortnightly check-ins: period 0 is the cohort's first fortnight.
CREATE TABLE team_checkin (
    id              BIGINT PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    period          INTEGER NOT NULL,
    progress        VARCHAR(4000) NOT NULL,
    blockers        VARCHAR(4000) NOT NULL,
    author_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT team_checkin_unique UNIQUE (application_id, period)
);

CREATE TABLE team_mentor (
    application_id  BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, account_id)
);
CREATE INDEX team_mentor_account ON team_mentor (account_id);

CREATE TABLE team_note (
    id                BIGINT PRIMARY KEY,
    application_id    BIGINT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    author_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL,
    body              VARCHAR(4000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX team_note_app ON team_note (application_id, created_at);

-- The self-paced track: which guides a person has marked as read.
CREATE TABLE track_progress (
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    guide_slug  VARCHAR(120) NOT NULL,
    done_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, guide_slug)
);
