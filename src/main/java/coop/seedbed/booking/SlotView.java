package coop.seedbed.booking;

import java.time.Instant;

/**
 * A free call slot: its instants in UTC, and how it reads in the zone the person asked in, which is
 * always named.
 */
public record SlotView(
    String volunteer,
    String volunteerName,
    Instant start,
    Instant end,
    String timeZone,
    String date,
    String time) {}
