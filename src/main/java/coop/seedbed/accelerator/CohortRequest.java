package coop.seedbed.accelerator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new cohort of a programme. Dates are ISO dates ("2027-03-01"); the window's {@code opens} and
 * {@code closes} are local times in {@code timeZone} ("2027-01-31T23:59"), meant as a person reads
 * them on that zone's clock.
 */
public record CohortRequest(
    @NotBlank(message = "Name the programme this cohort belongs to.") String programme,
    @Size(max = 80, message = "Keep the address under 80 characters.") String slug,
    @NotBlank(message = "Give the cohort a name.")
        @Size(max = Cohort.NAME_LENGTH, message = "Keep the name under 140 characters.")
        String name,
    @NotBlank(message = "Give the first day of the cohort.") String startsOn,
    @NotBlank(message = "Give the last day of the cohort.") String endsOn,
    @NotNull(message = "Say how many teams the cohort takes.")
        @Min(value = 1, message = "A cohort takes at least one team.")
        @Max(value = 1000, message = "A cohort takes at most 1,000 teams.")
        Integer capacity,
    @NotBlank(message = "Say which time zone the deadline is in.") String timeZone,
    @NotBlank(message = "Say when applications open.") String opens,
    @NotBlank(message = "Say when applications close.") String closes,
    @Min(value = 1, message = "Each application needs at least one reviewer.")
        @Max(value = 10, message = "Ask for at most 10 reviews of each application.")
        Integer reviewsPerApplication,
    @Min(value = 0, message = "The least a reviewer takes cannot be negative.")
        @Max(value = 1000, message = "Give at most 1,000.")
        Integer minLoad,
    @Min(value = 1, message = "A reviewer takes at least one application.")
        @Max(value = 1000, message = "Give at most 1,000.")
        Integer maxLoad,
    @Min(value = 1, message = "Give reviewers at least a day.")
        @Max(value = 90, message = "Give reviewers at most 90 days.")
        Integer reviewDays,
    @Min(value = 1, message = "Give teams at least a day to answer an offer.")
        @Max(value = 60, message = "Give teams at most 60 days to answer an offer.")
        Integer respondDays,
    Boolean blind,
    @Size(max = Cohort.FAQ_LENGTH, message = "Keep the FAQ under 8,000 characters.") String faq,
    @Size(max = 40, message = "Ask at most 40 questions.") List<@Valid QuestionRequest> questions,
    @Size(max = 2000, message = "Keep the interview hours under 2,000 characters.")
        String interviewHours,
    @Min(value = 10, message = "An interview lasts at least 10 minutes.")
        @Max(value = 240, message = "An interview lasts at most 4 hours.")
        Integer interviewMinutes,
    @Size(max = 500, message = "Keep the call address under 500 characters.")
        String interviewCallUrl) {}
