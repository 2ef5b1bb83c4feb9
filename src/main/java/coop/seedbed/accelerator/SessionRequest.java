package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A session of a cohort as staff set it, whole: its kind (workshop, office-hours, demo-day or
 * other), title and description, start and end as UTC instants ("2027-03-04T17:00:00Z"), and a call
 * link, a place, or both.
 */
public record SessionRequest(
    @NotBlank(
            message =
                "Say what kind of session this is: workshop, office-hours, demo-day or other.")
        String kind,
    @NotBlank(message = "Give the session a title.")
        @Size(max = CohortSession.TITLE_LENGTH, message = "Keep the title under 200 characters.")
        String title,
    @Size(
            max = CohortSession.DESCRIPTION_LENGTH,
            message = "Keep the description under 4,000 characters.")
        String description,
    @NotBlank(message = "Say when the session starts.") String start,
    @NotBlank(message = "Say when the session ends.") String end,
    @Size(max = 500, message = "Keep the call link under 500 characters.") String callUrl,
    @Size(max = 300, message = "Keep the place under 300 characters.") String place) {}
