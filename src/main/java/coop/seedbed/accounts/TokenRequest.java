package coop.seedbed.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a mailed link. */
public record TokenRequest(
    @NotBlank(message = "The link is missing its token.")
        @Size(max = 100, message = "This link is not valid.")
        String token) {}
