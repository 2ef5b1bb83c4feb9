package coop.seedbed.accelerator;

import jakarta.validation.constraints.Size;

/**
 * The words of a cohort's decision mails. Each may use {{name}}, {{project}}, {{cohort}},
 * {{programme}} and {{link}} (the team's status page); an offer may use {{respondBy}}. Empty means
 * Seedbed's own wording.
 */
public record MailTemplatesRequest(
    @Size(max = Cohort.MAIL_LENGTH, message = "Keep the mail under 4,000 characters.")
        String accept,
    @Size(max = Cohort.MAIL_LENGTH, message = "Keep the mail under 4,000 characters.")
        String waitlist,
    @Size(max = Cohort.MAIL_LENGTH, message = "Keep the mail under 4,000 characters.")
        String decline) {}
