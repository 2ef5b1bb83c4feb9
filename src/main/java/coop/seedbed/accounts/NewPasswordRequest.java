package coop.seedbed.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, with the token from the reset mail that allows it. */
public record NewPasswordRequest(
    @NotBlank(message = "The link is missing its token.")
        @Size(max = 100, message = "This link is not valid.")
        String token,
    @NotBlank(message = "Please choose a new password.")
        @Size(max = Passwords.MAX_LENGTH, message = "Use at most 200 characters.")
        String password) {}
