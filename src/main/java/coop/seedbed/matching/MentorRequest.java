package coop.seedbed.matching;

import jakarta.validation.constraints.NotBlank;

/** Staff give a team a particular mentor, by the mentor's address. */
public record MentorRequest(
    @NotBlank(message = "Give the mentor's email address.") String mentor) {}
