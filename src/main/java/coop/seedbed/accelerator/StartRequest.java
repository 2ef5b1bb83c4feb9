package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Starting an application: what the team calls its project, the lead's name as the team sees it,
 * and the answers to the cohort's eligibility questions ("yes" or "no", by question code), which
 * come before any other work.
 */
public record StartRequest(
    @NotBlank(message = "Give your project or co-op a name; it can change later.")
        @Size(max = Application.PROJECT_LENGTH, message = "Keep the name under 140 characters.")
        String projectName,
    @NotBlank(message = "Give your name as your team knows you.")
        @Size(max = Member.NAME_LENGTH, message = "Keep your name under 100 characters.")
        String name,
    @Size(max = 40, message = "Answer at most 40 questions.") Map<String, String> eligibility) {}
