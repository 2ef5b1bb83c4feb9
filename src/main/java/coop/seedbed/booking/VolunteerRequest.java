package coop.seedbed.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A volunteer's profile and hours as they send it. Hours are text, a window a line ("Mon, Wed
 * 10:00-12:00"; overrides "2026-12-25 closed"); numbers left out take the usual defaults.
 */
public record VolunteerRequest(
    @NotBlank(message = "Give the name people will see.") @Size(max = Volunteer.NAME_LENGTH)
        String name,
    @NotBlank(message = "Say in a few lines who you are and what you know.")
        @Size(max = Volunteer.BIO_LENGTH)
        String bio,
    String organisation,
    List<String> topics,
    List<String> languages,
    @NotBlank(message = "Choose your time zone.") String timeZone,
    @NotBlank(message = "Give at least one weekly window, as in \"Mon, Wed 10:00-12:00\".")
        String weeklyHours,
    String overrides,
    Integer callMinutes,
    Integer bufferMinutes,
    Integer noticeHours,
    Integer horizonDays,
    Integer maxPerWeek,
    Boolean active,
    @Size(max = 500) String callLink) {}
