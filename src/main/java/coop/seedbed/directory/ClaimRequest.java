package coop.seedbed.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A request to maintain a listing. With {@code email} (an address at the listing's website domain)
 * a link is mailed there; without it, {@code message} goes to a moderator, who decides.
 */
public record ClaimRequest(
    @Email(message = "This does not look like an email address.")
        @Size(max = 254, message = "This email address is too long.")
        String email,
    @Size(max = 1000, message = "Keep the message under 1,000 characters.") String message) {}
