package coop.seedbed.accelerator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A team's choice of interview time: its start as a UTC instant ("2027-02-10T10:00:00Z"), and the
 * zone the team reads times in, for the answer and for the next free times if the slot was taken
 * (the cohort's zone when left out).
 */
public record InterviewRequest(
    @NotBlank(message = "Choose one of the free times.")
        @Size(max = 40, message = "Give the start as a UTC time such as 2027-02-10T10:00:00Z.")
        String start,
    @Size(max = 60, message = "Give a time zone such as Europe/London.") String timeZone) {}
