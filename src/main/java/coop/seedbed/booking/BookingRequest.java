package coop.seedbed.booking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A request for a call. {@code volunteer} is a volunteer's slug, or empty (or "anyone") to let
 * Seedbed choose; {@code website} is a field people never see, so only programs fill it in.
 */
public record BookingRequest(
    String volunteer,
    String topic,
    @NotNull(message = "Choose a time.") Instant start,
    @NotBlank(message = "Say which time zone you are in.") String timeZone,
    @NotBlank(message = "Give your name.") @Size(max = Booking.NAME_LENGTH) String name,
    @NotBlank(message = "Give your email address: the link to confirm goes there.")
        @Email(message = "This does not look like an email address.")
        @Size(max = 254)
        String email,
    @NotBlank(message = "Say in a few lines what you would like to talk about.")
        @Size(max = Booking.ABOUT_LENGTH, message = "Keep it under 2,000 characters.")
        String about,
    String website) {}
