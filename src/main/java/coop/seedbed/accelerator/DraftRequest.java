package coop.seedbed.accelerator;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The team's application as saved, whole: fields left out or empty are saved empty. Answers are
 * keyed by question code; a multiple choice is a list of the chosen options, a number may be given
 * as a number or as text.
 */
public record DraftRequest(
    @Size(max = Application.PROJECT_LENGTH, message = "Keep the name under 140 characters.")
        String projectName,
    @Size(max = Application.WEBSITE_LENGTH, message = "Keep the address under 300 characters.")
        String website,
    @Size(max = 140, message = "Keep the listing's address under 140 characters.")
        String organisation,
    @Size(max = 60, message = "Keep the sector under 60 characters.") String sector,
    @Size(max = 12, message = "Give at most 12 topics.") List<String> topics,
    @Size(max = 2, message = "Give the country as its two-letter code, such as GB.") String country,
    @Size(max = Application.SUMMARY_LENGTH, message = "Keep the summary under 2,000 characters.")
        String summary,
    @Size(max = 40, message = "Answer at most 40 questions.") Map<String, Object> answers) {}
