package coop.seedbed.accelerator;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A co-applicant the lead invites: the invitation goes to this address. */
public record InviteMemberRequest(
    @NotBlank(message = "Give their email address: the invitation goes there.")
        @Email(message = "This does not look like an email address.")
        @Size(max = 254, message = "This address is too long.")
        String email,
    @NotBlank(message = "Give their name.")
        @Size(max = Member.NAME_LENGTH, message = "Keep the name under 100 characters.")
        String name) {}
