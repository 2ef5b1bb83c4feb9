package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A team marks a milestone done, with an optional note, or not done after all. */
public record MilestoneRequest(
    @NotNull(message = "Say whether the milestone is done: true or false.") Boolean done,
    @Size(max = 1000, message = "Keep the note under 1,000 characters.") String note) {}
