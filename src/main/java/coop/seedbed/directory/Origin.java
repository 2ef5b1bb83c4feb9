package coop.seedbed.directory;

/** How a listing came in; imported and sample listings start with no maintainer. */
enum Origin {
  SUBMITTED,
  IMPORTED,
  SAMPLE
}
