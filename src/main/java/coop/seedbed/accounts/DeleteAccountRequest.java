package coop.seedbed.accounts;

import jakarta.validation.constraints.NotBlank;

/** Deleting an account needs its email typed again, so that it never happens by a slip. */
public record DeleteAccountRequest(
    @NotBlank(message = "Type your email address to confirm.") String confirmEmail) {}
