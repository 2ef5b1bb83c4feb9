package coop.seedbed.accelerator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question of the application form. {@code kind} is one of short-text, long-text, single-choice,
 * multiple-choice, number, url, file, eligibility; an eligibility question is answered yes or no,
 * and {@code stopAnswer} with {@code stopReason} say which answer ends the application and why.
 */
public record QuestionRequest(
    @NotBlank(message = "Say what kind of question this is.") String kind,
    @NotBlank(message = "Every question needs its text.")
        @Size(max = Question.LABEL_LENGTH, message = "Keep a question under 300 characters.")
        String label,
    @Size(max = Question.HELP_LENGTH, message = "Keep the help under 1,000 characters.")
        String help,
    Boolean required,
    @Size(max = 30, message = "Offer at most 30 choices.")
        List<
                @NotBlank(message = "A choice cannot be empty.")
                @Size(max = 200, message = "Keep each choice under 200 characters.") String>
            options,
    @Min(value = 1, message = "A word limit is at least 1.")
        @Max(value = 5000, message = "A word limit is at most 5,000.")
        Integer wordLimit,
    Long min,
    Long max,
    String stopAnswer,
    @Size(max = 1000, message = "Keep the reason under 1,000 characters.") String stopReason,
    Boolean identifying) {}
