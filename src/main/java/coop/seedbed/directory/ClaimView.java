package coop.seedbed.directory;

import java.time.OffsetDateTime;
import java.util.Locale;

/** A claim waiting for a moderator, as the moderation queue shows it. */
public record ClaimView(
    long id,
    String organisationSlug,
    String organisationName,
    String way,
    String message,
    String status,
    OffsetDateTime createdAt) {

  static ClaimView of(Claim claim, Organisation org) {
    return new ClaimView(
        claim.id,
        org.slug,
        org.name,
        claim.way.name().toLowerCase(Locale.ROOT),
        claim.message,
        claim.status.name().toLowerCase(Locale.ROOT),
        claim.createdAt);
  }
}
