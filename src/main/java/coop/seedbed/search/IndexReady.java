package coop.seedbed.search;

/**
 * This instance's index can answer: it was opened at start, or its first build (or a rebuild) has
 * finished. Fired on the thread that made it ready.
 */
record IndexReady() {}
