package coop.seedbed.accelerator;

import java.time.Instant;
import java.util.List;

/**
 * One of a reviewer's assignments in their list: the application by reference (and by name only
 * outside blind cohorts), what it is about, and whether the review is in or late.
 */
public record AssignmentView(
    long id,
    String reference,
    String title,
    String cohort,
    String cohortName,
    String sector,
    List<String> topics,
    String status,
    Instant dueAt,
    boolean late) {}
