package coop.seedbed.accelerator;

/**
 * Running the assignment. Reviews are due at {@code dueAt} (a UTC time such as
 * 2027-02-20T17:00:00Z), by default the cohort's number of review days from now.
 */
public record AssignRequest(String dueAt) {}
