package coop.seedbed.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new account. The password is optional: without one, the person signs in by mailed links.
 *
 * @param website a honeypot: hidden from people, filled in by form-filling robots
 */
public record SignUpRequest(
    @NotBlank(message = "Please enter your email address.")
        @Email(message = "This does not look like an email address.")
        @Size(max = Account.EMAIL_LENGTH, message = "This email address is too long.")
        String email,
    @Size(max = Passwords.MAX_LENGTH, message = "Use at most 200 characters.") String password,
    @Size(max = Account.NAME_LENGTH, message = "Please keep your name under 100 characters.")
        String displayName,
    String website) {}
