package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A decision on an application: accept, waitlist or decline, with a note for the record. An offer
 * must be taken up by {@code respondBy} (a UTC time such as 2027-03-01T17:00:00Z), by default the
 * cohort's number of days from now.
 */
public record DecisionRequest(
    @NotBlank(message = "Say accept, waitlist or decline.") String decision,
    @Size(max = 2000, message = "Keep the note under 2,000 characters.") String note,
    String respondBy) {}
