package coop.seedbed.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asking for an introduction: to a person by their profile's id, or to the co-op behind an open
 * role by the role's id; with a short note saying why.
 */
public record AskRequest(
    Long profile,
    Long role,
    @NotBlank(message = "Say in a line or two why you would like to meet.")
        @Size(max = Introduction.NOTE_LENGTH, message = "Keep the note under 1,000 characters.")
        String note) {}
