package coop.seedbed.booking;

import java.time.Instant;

/**
 * A booking as the person holding its link sees it. The booker's address and notes are filled in
 * only for the volunteer (and staff); a booker sees the volunteer's name, never their address.
 */
public record BookingView(
    String status,
    String role,
    String volunteer,
    String volunteerName,
    String topic,
    Instant start,
    Instant end,
    String timeZone,
    String when,
    Instant heldUntil,
    String callUrl,
    boolean canChange,
    Instant changeDeadline,
    String bookerName,
    String bookerEmail,
    String about,
    Long id,
    String outcome,
    String referral) {}
