package coop.seedbed.directory;

/** Where a listing stands: only published listings are public. */
public enum OrganisationStatus {
  /** Submitted and waiting for a moderator. */
  PENDING,
  PUBLISHED,
  /** Turned down by a moderator, with a reason; editing it submits it again. */
  REJECTED,
  /** Taken off the public directory by its maintainers or a moderator, and kept. */
  UNPUBLISHED
}
