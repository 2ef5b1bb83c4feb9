package coop.seedbed.directory;

import java.util.List;
import java.util.stream.Collectors;

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
    return cells.stream().map(c -> cell(String.valueOf(c))).collect(Collectors.joining(","))
        + "\r\n";
  }

  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
