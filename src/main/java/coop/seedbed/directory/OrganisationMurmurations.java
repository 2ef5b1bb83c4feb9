package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A published listing as a Murmurations profile in the {@code organizations_schema-v1.0.0} schema,
 * so that other co-op maps can index Seedbed's directory. Never the private email.
 */
final class OrganisationMurmurations {

  static final String SCHEMA = "organizations_schema-v1.0.0";

  private OrganisationMurmurations() {}

  static JsonObject of(Organisation org, String baseUrl) {
    String page = baseUrl + "/coops/" + org.slug;
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("linked_schemas", JSON.createArrayBuilder().add(SCHEMA))
            .add("name", org.name)
            .add("primary_url", primaryUrl(org.website != null ? org.website : page));
    // The schema wants each tag once; a sector may also be named as a service.
    Set<String> tags = new LinkedHashSet<>();
    tags.add(org.kind.label());
    tags.addAll(org.sectors);
    tags.addAll(org.services);
    tags.addAll(org.technologies);
    json.add("tags", JSON.createArrayBuilder(tags));
    JsonArrayBuilder urls = JSON.createArrayBuilder().add(url("Seedbed listing", page));
    if (org.website != null) {
      urls.add(url("Website", org.website));
    }
    json.add("urls", urls);
    if (org.description != null) {
      json.add("description", org.description);
    }
    if (org.country != null) {
      json.add("country_iso_3166", org.country);
    }
    if (org.latitude != null) {
      json.add(
          "geolocation",
          JSON.createObjectBuilder().add("lat", org.latitude).add("lon", org.longitude));
    }
    StringBuilder address = new StringBuilder();
    for (String part :
        new String[] {
          org.city, org.region, org.country == null ? null : Countries.name(org.country)
        }) {
      if (part != null) {
        address.append(address.isEmpty() ? "" : ", ").append(part);
      }
    }
    if (!address.isEmpty()) {
      json.add("full_address", address.toString());
    }
    if (org.founded != null) {
      json.add(
          "starts_at",
          LocalDate.of(org.founded, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }
    return json.build();
  }

  private static JsonObjectBuilder url(String name, String url) {
    return JSON.createObjectBuilder().add("name", name).add("url", url);
  }

  /**
   * The schema has required {@code ^https?://} since 2023 (the index compares primary URLs without
   * their scheme itself), so the scheme stays and only a trailing slash goes.
   */
  static String primaryUrl(String url) {
    String withScheme = url.matches("(?i)^https?://.*") ? url : "https://" + url;
    return withScheme.replaceAll("/+$", "");
  }
}
