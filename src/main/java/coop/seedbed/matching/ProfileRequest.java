package coop.seedbed.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A person's matchmaking profile, saved whole. Codes: wants (start, join, cofounders, mentor,
 * mentee), skills from the shared vocabulary (free words go in tags), decision (consensus, consent,
 * majority, delegated), pay (equal, capped, by-role), work days (MO..SU), languages as ISO 639
 * codes, visibility (hidden, members, public). Times are "09:00" in {@code timeZone}.
 */
public record ProfileRequest(
    @NotBlank(message = "Give the name people will see.")
        @Size(max = Profile.NAME_LENGTH, message = "Keep the name under 100 characters.")
        String name,
    @Size(max = 5, message = "Choose among five things you may want.") List<String> wants,
    @Size(max = 20, message = "Give at most 20 skills.") List<String> skills,
    @Size(max = 12, message = "Give at most 12 tags.") List<String> tags,
    @Size(max = 8, message = "Give at most 8 sectors.") List<String> sectors,
    @Size(max = 4, message = "There are four ways of deciding to choose from.")
        List<String> decision,
    @Size(max = 3, message = "There are three ways of sharing pay to choose from.")
        List<String> pay,
    @NotNull(message = "Say how many hours a week you can give.")
        @Min(value = 1, message = "Give at least an hour a week.")
        @Max(value = 80, message = "At most 80 hours a week.")
        Integer hoursPerWeek,
    String availableFrom,
    @Size(max = 100, message = "Keep the city under 100 characters.") String city,
    @Size(max = 2, message = "Give the country as its two-letter code, such as GB.") String country,
    Double latitude,
    Double longitude,
    @Min(value = 1, message = "A radius is at least 1 km.")
        @Max(value = 20000, message = "A radius is at most 20,000 km.")
        Integer radiusKm,
    Boolean remote,
    @NotBlank(message = "Say which time zone you are in.") String timeZone,
    String workStart,
    String workEnd,
    @Size(max = 7, message = "A week has seven days.") List<String> workDays,
    Boolean overlapMatters,
    @Size(min = 1, max = 10, message = "Give the languages you speak: one to ten.")
        List<String> languages,
    @Size(max = Profile.ABOUT_LENGTH, message = "Keep this under 2,000 characters.") String about,
    @Min(value = 0, message = "A mentor takes no fewer than 0 teams.")
        @Max(value = 20, message = "A mentor takes at most 20 teams.")
        Integer mentorCapacity,
    Boolean circle,
    String visibility,
    Boolean paused) {}
