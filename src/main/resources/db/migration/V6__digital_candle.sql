-- Digital Candle: volunteers, their hours, busy times read from their own calendars, and bookings.
-- No two calls of one volunteer may overlap (with the buffer after each): every held or confirmed
-- booking owns the five-minute ticks it covers in booking_tick, whose primary key lets exactly one
-- of two racing requests, on any number of app instances, have a tick.
CREATE SEQUENCE volunteer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE booking_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE volunteer (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    slug            VARCHAR(80) NOT NULL,
    name            VARCHAR(100) NOT NULL,
    bio             VARCHAR(1000) NOT NULL,
    -- The slug of a directory listing, when the volunteer names one.
    organisation    VARCHAR(140),
    -- Topic codes and language codes, separated by commas.
    topics          VARCHAR(300) NOT NULL,
    languages       VARCHAR(100) NOT NULL,
    time_zone       VARCHAR(60) NOT NULL,
    -- One weekly window a line: an iCalendar RRULE value, then local start and end times, as in
    -- "FREQ=WEEKLY;BYDAY=MO,WE 10:00-12:00".
    weekly_hours    VARCHAR(2000) NOT NULL,
    -- One date a line: "2026-12-25 closed" or "2026-12-24 09:00-11:00,14:00-15:00".
    overrides       VARCHAR(4000) NOT NULL,
    call_minutes    INTEGER NOT NULL,
    buffer_minutes  INTEGER NOT NULL,
    notice_hours    INTEGER NOT NULL,
    horizon_days    INTEGER NOT NULL,
    max_per_week    INTEGER NOT NULL,
    active          BOOLEAN NOT NULL,
    -- Their own video-call room, if they prefer it to a fresh room for each call.
    call_link       VARCHAR(500),
    -- The secret in the address of their private bookings feed; shown only to them.
    feed_secret     VARCHAR(64) NOT NULL,
    -- Their own calendar of other commitments: an address we read on a schedule, or a file.
    busy_url        VARCHAR(1000),
    busy_file       BYTEA,
    busy_read_at    TIMESTAMP WITH TIME ZONE,
    -- Why the calendar could not be read, in plain words; NULL when it was read.
    busy_problem    VARCHAR(1000),
    busy_notes      VARCHAR(1000),
    -- Bookings handed out by "anyone" count here, so that equals take turns.
    last_booked_at  TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT volunteer_account_unique UNIQUE (account_id),
    CONSTRAINT volunteer_slug_unique UNIQUE (slug),
    CONSTRAINT volunteer_feed_unique UNIQUE (feed_secret)
);

-- Busy intervals last read from a volunteer's calendar, replaced whole on every read.
CREATE TABLE volunteer_busy (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX volunteer_busy_time ON volunteer_busy (volunteer_id, starts_at);

CREATE TABLE booking (
    id                  BIGINT PRIMARY KEY,
    volunteer_id        BIGINT NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    topic               VARCHAR(40),
    -- HELD (until the booker confirms by mail), CONFIRMED, CANCELLED, EXPIRED.
    status              VARCHAR(10) NOT NULL,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The zone the booker chose the time in; mails to them speak in it.
    booker_zone         VARCHAR(60) NOT NULL,
    booker_name         VARCHAR(100) NOT NULL,
    -- Lower-cased; seen only by the volunteer and staff.
    booker_email        VARCHAR(254) NOT NULL,
    about               VARCHAR(2000) NOT NULL,
    -- Hashes of the booker's and the volunteer's links; the links themselves are only in mails.
    booker_token_hash   VARCHAR(64) NOT NULL,
    volunteer_token_hash VARCHAR(64) NOT NULL,
    held_until          TIMESTAMP WITH TIME ZONE,
    -- The invite's SEQUENCE: raised on every change, so calendars take the newest.
    sequence            INTEGER NOT NULL DEFAULT 0,
    call_url            VARCHAR(500) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    cancelled_by        VARCHAR(10),
    reminded_at         TIMESTAMP WITH TIME ZONE,
    -- The volunteer's private notes after the call, and where they sent the person on.
    outcome             VARCHAR(2000),
    referral            VARCHAR(300),
    version             INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT booking_booker_token_unique UNIQUE (booker_token_hash),
    CONSTRAINT booking_volunteer_token_unique UNIQUE (volunteer_token_hash)
);
CREATE INDEX booking_volunteer_time ON booking (volunteer_id, starts_at);
CREATE INDEX booking_email ON booking (booker_email, status);
CREATE INDEX booking_status_time ON booking (status, starts_at);

CREATE TABLE booking_tick (
    volunteer_id BIGINT NOT NULL,
    -- Minutes since 1970-01-01T00:00Z divided by five.
    tick         BIGINT NOT NULL,
    booking_id   BIGINT NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    PRIMARY KEY (volunteer_id, tick)
);
CREATE INDEX booking_tick_booking ON booking_tick (booking_id);
