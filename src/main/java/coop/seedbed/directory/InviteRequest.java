package coop.seedbed.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom a maintainer invites to maintain the listing with them. */
public record InviteRequest(
    @NotBlank(message = "Give the address to invite.")
        @Email(message = "This does not look like an email address.")
        @Size(max = 254, message = "This email address is too long.")
        String email) {}
