package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A listing as schema.org JSON-LD for its page, so that search engines and other directories can
 * read it. Escaped so that no value can close the script element it sits in.
 */
final class OrganisationJsonLd {

  private OrganisationJsonLd() {}

  static String of(Organisation org, String baseUrl) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Organization")
            .add("@id", baseUrl + "/coops/" + org.slug)
            .add("name", org.name)
            // schema.org wants a URL here: our directory filtered to this kind is the page that
            // says what the kind is; the words themselves go to keywords.
            .add("additionalType", baseUrl + "/coops?kind=" + org.kind.code());
    if (org.description != null) {
      json.add("description", org.description);
    }
    if (org.website != null) {
      json.add("url", org.website);
    }
    if (org.city != null || org.region != null || org.country != null) {
      JsonObjectBuilder address = JSON.createObjectBuilder().add("@type", "PostalAddress");
      if (org.city != null) {
        address.add("addressLocality", org.city);
      }
      if (org.region != null) {
        address.add("addressRegion", org.region);
      }
      if (org.country != null) {
        address.add("addressCountry", org.country);
      }
      json.add("address", address);
    }
    if (org.latitude != null) {
      json.add(
          "geo",
          JSON.createObjectBuilder()
              .add("@type", "GeoCoordinates")
              .add("latitude", org.latitude)
              .add("longitude", org.longitude));
    }
    if (org.founded != null) {
      json.add("foundingDate", String.valueOf(org.founded));
    }
    if (org.members != null) {
      json.add(
          "numberOfEmployees",
          JSON.createObjectBuilder().add("@type", "QuantitativeValue").add("value", org.members));
    }
    JsonArrayBuilder keywords = JSON.createArrayBuilder().add(org.kind.label());
    org.sectors.forEach(keywords::add);
    json.add("keywords", keywords);
    JsonArrayBuilder knows = JSON.createArrayBuilder();
    org.services.forEach(knows::add);
    org.technologies.forEach(knows::add);
    json.add("knowsAbout", knows);
    JsonArrayBuilder languages = JSON.createArrayBuilder();
    org.languages.forEach(languages::add);
    json.add("knowsLanguage", languages);
    return json.build()
        .toString()
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
