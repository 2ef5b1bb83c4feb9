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
    @Size(max = Volunteer.ORGANISATION_LENGTH, message = "There is no listing with so long a name.")
        String organisation,
    @Size(max = Topics.MAX_CHOSEN, message = "Choose at most " + Topics.MAX_CHOSEN + " topics.")
        List<String> topics,
    @Size(
            max = Volunteer.MAX_LANGUAGES,
            message = "Give at most " + Volunteer.MAX_LANGUAGES + " languages.")
        List<String> languages,
    @NotBlank(message = "Choose your time zone.") @Size(max = 60) String timeZone,
    @NotBlank(message = "Give at least one weekly window, as in \"Mon, Wed 10:00-12:00\".")
        @Size(
            max = Volunteer.WEEKLY_HOURS_LENGTH,
            message = "Keep the weekly hours under 2,000 characters.")
        String weeklyHours,
    @Size(
            max = Volunteer.OVERRIDES_LENGTH,
            message = "Keep the dates with other hours under 4,000 characters.")
        String overrides,
    Integer callMinutes,
    Integer bufferMinutes,
    Integer noticeHours,
    Integer horizonDays,
    Integer maxPerWeek,
    Boolean active,
    @Size(max = 500) String callLink) {}
