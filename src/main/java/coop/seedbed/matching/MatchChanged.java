package coop.seedbed.matching;

/** Fired when a profile or open role changed, so the index takes it up once the change commits. */
record MatchChanged(String kind, long id) {}
