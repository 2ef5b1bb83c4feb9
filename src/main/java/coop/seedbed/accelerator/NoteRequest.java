package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A mentor's or staff member's note on a team. */
public record NoteRequest(
    @NotBlank(message = "Write the note.")
        @Size(max = TeamNote.BODY_LENGTH, message = "Keep the note under 4,000 characters.")
        String body) {}
