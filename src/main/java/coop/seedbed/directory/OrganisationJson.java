package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A published listing as open data: the DESIGN field names, its address on Seedbed and when it was
 * last confirmed. Never the private email. One line of {@code export.jsonl}.
 */
final class OrganisationJson {

  private OrganisationJson() {}

  static JsonObject of(Organisation org, String baseUrl) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("slug", org.slug)
            .add("url", baseUrl + "/coops/" + org.slug)
            .add("name", org.name)
            .add("kind", org.kind.code());
    text(json, "description", org.description);
    text(json, "website", org.website);
    text(json, "city", org.city);
    text(json, "region", org.region);
    text(json, "country", org.country);
    if (org.latitude != null) {
      json.add("latitude", org.latitude).add("longitude", org.longitude);
    }
    list(json, "sectors", org.sectors);
    list(json, "services", org.services);
    list(json, "technologies", org.technologies);
    list(json, "languages", org.languages);
    if (org.members != null) {
      json.add("members", org.members);
    }
    if (org.founded != null) {
      json.add("founded", org.founded);
    }
    return json.add("hiring", org.hiring)
        .add("acceptingMembers", org.acceptingMembers)
        .add("remote", org.remote)
        .add("unconfirmed", org.unconfirmed)
        .add("lastConfirmedAt", org.lastConfirmedAt.toString())
        .build();
  }

  private static void text(JsonObjectBuilder json, String key, String value) {
    if (value != null) {
      json.add(key, value);
    }
  }

  private static void list(JsonObjectBuilder json, String key, List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    json.add(key, array);
  }
}
