package coop.seedbed.directory;

import java.util.List;

/**
 * What an import did: how many lines it read, created, updated and left alone, and each line it did
 * not store, with its number and the reason.
 */
public record ImportReport(
    int lines, int created, int updated, int unchanged, List<Problem> rejected) {

  /** A line not stored; {@code existing} points to the listing a duplicate clashes with. */
  public record Problem(int line, String field, String reason, String existing) {}
}
