/**
 * The accelerator: programmes and their cohorts, the call for applications, applications by teams,
 * fair review (assignment by min-cost flow, conflicts, blind review, normalised ranking), decisions
 * that never exceed a cohort's places, and the cohort once it runs (sessions and their invites,
 * milestones, check-ins, mentors). A cohort's places are counted in its own row and raised only by
 * a conditional update, so no number of instances can accept one team too many.
 */
package coop.seedbed.accelerator;
