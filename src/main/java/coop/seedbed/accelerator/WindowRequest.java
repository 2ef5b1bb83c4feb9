package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;

/**
 * A changed application window: local times in {@code timeZone} ("2027-02-07T23:59"); an absent
 * {@code opens} or {@code timeZone} keeps the one set.
 */
public record WindowRequest(
    String opens,
    @NotBlank(message = "Say when applications close.") String closes,
    String timeZone) {}
