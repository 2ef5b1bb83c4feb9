package coop.seedbed.matching;

import jakarta.validation.constraints.NotNull;

/** Blocking someone, by their profile's id: neither of you sees the other again. */
public record BlockRequest(@NotNull(message = "Say whose profile to block.") Long profile) {}
