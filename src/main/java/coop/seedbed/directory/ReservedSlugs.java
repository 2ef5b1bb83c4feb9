package coop.seedbed.directory;

import java.util.Set;

/** Words under /coops/ that are pages, not listings. */
final class ReservedSlugs {
  static final Set<String> SLUGS =
      Set.of(
          "new",
          "confirm",
          "confirmation",
          "join",
          "standards",
          "moderation",
          "claims",
          "imports",
          "listing",
          "edit",
          "claim");

  private ReservedSlugs() {}
}
