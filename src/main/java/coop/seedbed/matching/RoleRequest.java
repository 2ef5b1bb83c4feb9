package coop.seedbed.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An open role a co-op's maintainer posts on its listing: what it is, the skills it needs (from the
 * shared vocabulary, free words in tags), hours, place or remote, languages, how to apply.
 */
public record RoleRequest(
    @NotBlank(message = "Give the role a title.")
        @Size(max = OpenRole.TITLE_LENGTH, message = "Keep the title under 140 characters.")
        String title,
    @Size(
            max = OpenRole.DESCRIPTION_LENGTH,
            message = "Keep the description under 2,000 characters.")
        String description,
    @Size(max = 20, message = "Give at most 20 skills.") List<String> skills,
    @Size(max = 12, message = "Give at most 12 tags.") List<String> tags,
    @Size(max = 4, message = "There are four ways of deciding to choose from.")
        List<String> decision,
    @NotNull(message = "Say how many hours a week the role takes.")
        @Min(value = 1, message = "At least an hour a week.")
        @Max(value = 80, message = "At most 80 hours a week.")
        Integer hoursPerWeek,
    Boolean remote,
    @Size(min = 1, max = 10, message = "Give the languages the co-op works in: one to ten.")
        List<String> languages,
    @NotBlank(message = "Say how to apply.")
        @Size(max = OpenRole.APPLY_LENGTH, message = "Keep this under 1,000 characters.")
        String howToApply) {}
