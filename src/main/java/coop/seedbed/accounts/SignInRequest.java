package coop.seedbed.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Email and password, as typed. */
public record SignInRequest(
    @NotBlank(message = "Please enter your email address.")
        @Size(max = Account.EMAIL_LENGTH, message = "This email address is too long.")
        String email,
    @NotBlank(message = "Please enter your password.")
        @Size(max = Passwords.MAX_LENGTH, message = "This password is too long.")
        String password) {}
