package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotNull;

/** Staff put an application on the shortlist for interview, or take it off. */
public record ShortlistRequest(
    @NotNull(message = "Say whether the application is shortlisted: true or false.")
        Boolean shortlisted) {}
