package coop.seedbed.accelerator;

import java.time.LocalDate;
import java.util.List;

/**
 * A team at a glance, for staff and mentors: milestones done, the last check-in (a date of the
 * cohort's calendar), and whether the team has gone quiet (no check-in this fortnight or the last,
 * once the cohort has started).
 */
public record TeamSummaryView(
    long id,
    String reference,
    String projectName,
    String cohort,
    String cohortName,
    int milestonesDone,
    int milestonesTotal,
    LocalDate lastCheckIn,
    boolean quiet,
    List<String> mentors) {}
