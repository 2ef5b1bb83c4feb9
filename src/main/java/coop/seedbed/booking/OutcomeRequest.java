package coop.seedbed.booking;

import jakarta.validation.constraints.Size;

/**
 * What a volunteer notes after a call, for themselves, and where they send the person next: a
 * directory listing ({@code /coops/slug}), a guide ({@code /guides/slug}) or {@code /accelerator}.
 */
public record OutcomeRequest(
    @Size(max = Booking.OUTCOME_LENGTH, message = "Keep the notes under 2,000 characters.")
        String outcome,
    String referral) {}
