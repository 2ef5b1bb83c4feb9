package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team's fortnightly check-in: how it is going, and what stands in the way. */
public record CheckInRequest(
    @NotBlank(message = "Say how the last fortnight went.")
        @Size(max = CheckIn.TEXT_LENGTH, message = "Keep this under 4,000 characters.")
        String progress,
    @Size(max = CheckIn.TEXT_LENGTH, message = "Keep this under 4,000 characters.")
        String blockers) {}
