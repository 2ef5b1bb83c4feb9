package coop.seedbed.directory;

import coop.seedbed.shared.Csv;
import java.util.List;

/**
 * A published listing as a CSV row (RFC 4180): the DESIGN field names as columns, lists joined with
 * "; ", never the private email. A cell that a spreadsheet would run as a formula is prefixed with
 * an apostrophe.
 */
final class OrganisationCsv {

  static final List<String> COLUMNS =
      List.of(
          "slug",
          "url",
          "name",
          "kind",
          "description",
          "website",
          "city",
          "region",
          "country",
          "latitude",
          "longitude",
          "sectors",
          "services",
          "technologies",
          "languages",
          "members",
          "founded",
          "hiring",
          "acceptingMembers",
          "remote",
          "unconfirmed",
          "lastConfirmedAt");

  private OrganisationCsv() {}

  static String header() {
    return String.join(",", COLUMNS) + "\r\n";
  }

  static String row(Organisation org, String baseUrl) {
    List<Object> cells =
        List.of(
            org.slug,
            baseUrl + "/coops/" + org.slug,
            org.name,
            org.kind.code(),
            nullToEmpty(org.description),
            nullToEmpty(org.website),
            nullToEmpty(org.city),
            nullToEmpty(org.region),
            nullToEmpty(org.country),
            org.latitude == null ? "" : org.latitude,
            org.longitude == null ? "" : org.longitude,
            String.join("; ", org.sectors),
            String.join("; ", org.services),
            String.join("; ", org.technologies),
            String.join("; ", org.languages),
            org.members == null ? "" : org.members,
            org.founded == null ? "" : org.founded,
            org.hiring,
            org.acceptingMembers,
            org.remote,
            org.unconfirmed,
            org.lastConfirmedAt.toString());
    return Csv.row(cells);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
