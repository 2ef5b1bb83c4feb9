package coop.seedbed.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A listing as the API shows it, in the field names of DESIGN.md. {@code email} is present only for
 * the listing's maintainers and staff; it never appears in public answers or exports.
 */
public record OrganisationView(
    String slug,
    String url,
    String name,
    String kind,
    String description,
    String website,
    String email,
    String city,
    String region,
    String country,
    Double latitude,
    Double longitude,
    List<String> sectors,
    List<String> services,
    List<String> technologies,
    List<String> languages,
    Integer members,
    Integer founded,
    boolean hiring,
    boolean acceptingMembers,
    boolean remote,
    String status,
    boolean claimed,
    boolean unconfirmed,
    OffsetDateTime lastConfirmedAt,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    String source) {

  static OrganisationView of(Organisation org, boolean claimed, boolean withPrivateFields) {
    return new OrganisationView(
        org.slug,
        "/coops/" + org.slug,
        org.name,
        org.kind.code(),
        org.description,
        org.website,
        withPrivateFields ? org.email : null,
        org.city,
        org.region,
        org.country,
        org.latitude,
        org.longitude,
        org.sectors,
        org.services,
        org.technologies,
        org.languages,
        org.members,
        org.founded,
        org.hiring,
        org.acceptingMembers,
        org.remote,
        org.status.name().toLowerCase(Locale.ROOT),
        claimed,
        org.unconfirmed,
        org.lastConfirmedAt,
        org.publishedAt,
        org.updatedAt,
        org.sourceNote);
  }
}
