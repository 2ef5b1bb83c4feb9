package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Passages staff hide from the reviewers of a blind cohort, beyond what Seedbed hides itself. */
public record RedactionsRequest(
    @Size(max = 40, message = "Give at most 40 passages.")
        List<
                @NotBlank(message = "A passage cannot be empty.")
                @Size(max = 200, message = "Keep each passage under 200 characters.") String>
            passages) {}
