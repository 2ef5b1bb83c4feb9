package coop.seedbed.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real co-op records in {@code ../shared/data/coops/coops.jsonl}, mapped to Seedbed's import
 * format (the DESIGN field names): {@code id} becomes {@code externalId}, {@code url} the website,
 * {@code type} the kind (unknown types become "other"), {@code country_code} the country, {@code
 * sector} a one-item list, and {@code members} only when it is a count rather than a size band.
 */
public final class SharedCoops {

  private static final Map<String, String> KINDS =
      Map.of(
          "worker", "worker",
          "consumer", "consumer",
          "multi-stakeholder", "multi-stakeholder",
          "housing", "housing",
          "platform", "platform",
          "other", "other");

  private SharedCoops() {}

  public static List<String> seedbedLines(Path coops) throws IOException {
    return Files.readAllLines(coops, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(SharedCoops::toSeedbed)
        .toList();
  }

  static String toSeedbed(String line) {
    JsonObject record;
    try (var reader = Json.createReader(new StringReader(line))) {
      record = reader.readObject();
    }
    JsonObjectBuilder out =
        Json.createObjectBuilder()
            .add("externalId", record.getString("id"))
            .add(
                "source",
                record.getString("dataset") + " (" + record.getString("licence", "") + ")")
            .add("name", record.getString("name"))
            .add("kind", kind(text(record, "type")));
    copy(record, "description", out, "description");
    copy(record, "url", out, "website");
    copy(record, "city", out, "city");
    copy(record, "region", out, "region");
    copy(record, "country_code", out, "country");
    if (number(record, "latitude") && number(record, "longitude")) {
      out.add("latitude", record.getJsonNumber("latitude"))
          .add("longitude", record.getJsonNumber("longitude"));
    }
    JsonArrayBuilder sectors = Json.createArrayBuilder();
    if (text(record, "sector") != null) {
      sectors.add(record.getString("sector"));
    }
    out.add("sectors", sectors);
    out.add(
        "services",
        record.containsKey("services")
            ? record.getJsonArray("services")
            : JsonValue.EMPTY_JSON_ARRAY);
    out.add(
        "technologies",
        record.containsKey("technologies")
            ? record.getJsonArray("technologies")
            : JsonValue.EMPTY_JSON_ARRAY);
    if (number(record, "members") && record.getJsonNumber("members").isIntegral()) {
      out.add("members", record.getJsonNumber("members"));
    }
    return out.build().toString();
  }

  private static String kind(String type) {
    return type == null ? "other" : KINDS.getOrDefault(type, "other");
  }

  private static String text(JsonObject record, String key) {
    JsonValue value = record.get(key);
    return value instanceof jakarta.json.JsonString s ? s.getString() : null;
  }

  private static boolean number(JsonObject record, String key) {
    return record.get(key) instanceof jakarta.json.JsonNumber;
  }

  private static void copy(JsonObject record, String from, JsonObjectBuilder out, String to) {
    String value = text(record, from);
    if (value != null) {
      out.add(to, value);
    }
  }
}
