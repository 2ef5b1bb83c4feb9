package coop.seedbed.directory;

import java.time.OffsetDateTime;
import java.util.Locale;

/** One entry of a listing's history. */
public record RevisionView(int number, String summary, String actor, OffsetDateTime at) {

  static RevisionView of(Revision revision) {
    return new RevisionView(
        revision.number,
        revision.summary,
        revision.actor.name().toLowerCase(Locale.ROOT),
        revision.createdAt);
  }
}
