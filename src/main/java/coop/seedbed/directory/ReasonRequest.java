package coop.seedbed.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A moderator's reason, which the submitter or claimant reads in their mail. */
public record ReasonRequest(
    @NotBlank(message = "Give a reason; the person will read it.")
        @Size(max = 1000, message = "Keep the reason under 1,000 characters.")
        String reason) {}
