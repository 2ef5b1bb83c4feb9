package coop.seedbed.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An address to mail a sign-in or reset link to. */
public record EmailRequest(
    @NotBlank(message = "Please enter your email address.")
        @Email(message = "This does not look like an email address.")
        @Size(max = Account.EMAIL_LENGTH, message = "This email address is too long.")
        String email) {}
