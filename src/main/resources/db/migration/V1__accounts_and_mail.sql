-- Accounts, one-time tokens and the mail outbox. Runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode. Sequences step by 50 to match the JPA allocation size.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                BIGINT PRIMARY KEY,
    -- Stored lower-cased, so that uniqueness ignores case.
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(100),
    password_hash     VARCHAR(400),
    email_verified_at TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at   TIMESTAMP WITH TIME ZONE,
    version           INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Only a hash of each token is kept: a copy of the database does not let anyone sign in.
CREATE TABLE account_token (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX account_token_account ON account_token (account_id);

-- A mail is written here in the same transaction as the action that causes it, and sent later.
CREATE TABLE mail_outbox (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT,
    status          VARCHAR(12) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    message_id      VARCHAR(200)
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient);

CREATE TABLE mail_attachment (
    id           BIGINT PRIMARY KEY,
    message_id   BIGINT NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    content      TEXT NOT NULL
);
CREATE INDEX mail_attachment_message ON mail_attachment (message_id);
