-- Who is signed in, by web session, so that a person stays signed in when the instance holding
-- their session stops and the proxy sends them to another: that instance finds the session here
-- and opens one of its own for them. Only a SHA-256 of the session id is kept; a row goes when its
-- person signs out, when they have been idle as long as a session lasts, or with their account.
CREATE TABLE signed_in (
    session_hash VARCHAR(64) PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX signed_in_account ON signed_in (account_id);
CREATE INDEX signed_in_last_seen ON signed_in (last_seen_at);
