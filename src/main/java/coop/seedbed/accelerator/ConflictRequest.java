package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer declares a conflict of interest, and says why; staff can read the reason. */
public record ConflictRequest(
    @NotBlank(message = "Say briefly why: staff keep the reason.")
        @Size(max = DeclaredConflict.REASON_LENGTH, message = "Keep it under 1,000 characters.")
        String reason) {}
