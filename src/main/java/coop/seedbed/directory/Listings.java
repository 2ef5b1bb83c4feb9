package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Moves a listing between its request form, its entity and the JSON snapshot kept in its history.
 * Values are cleaned on the way in (trimmed, empty as absent, country upper-case, website with a
 * scheme) so that what is stored is what is shown.
 */
final class Listings {

  /** What sources put between several web addresses in one field. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s;,|]+");

  /** "https:/example.coop" can only mean "https://example.coop". */
  private static final Pattern ONE_SLASH = Pattern.compile("^(?i)(https?):/(?=[^/])");

  private Listings() {}

  /** "example.coop" becomes "https://example.coop"; anything that is not an http(s) URL is null. */
  static String normaliseWebsite(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String text = website.strip();
    if (!text.contains("://")) {
      text = "https://" + text;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (!(scheme.equals("http") || scheme.equals("https"))
          || host == null
          || !host.contains(".")
          || host.startsWith(".")
          || uri.getUserInfo() != null) {
        return null;
      }
      return text;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * A web address as a source gives it, read so that an imported listing goes in whole: one that
   * opens is kept as given; otherwise the first of several (separated by ";", "," or spaces) that
   * opens once a missing slash after the scheme is put back and a host in its own letters is put in
   * the ASCII form browsers resolve; otherwise none, and the listing goes in without one. Listings
   * sent by people and the API are held to {@link #normaliseWebsite} as they are, unmended.
   */
  static String importedWebsite(String given) {
    if (given == null || given.isBlank() || normaliseWebsite(given) != null) {
      return given;
    }
    for (String candidate : SEPARATORS.split(given.strip())) {
      String mended =
          normaliseWebsite(asciiHost(ONE_SLASH.matcher(candidate).replaceFirst("$1://")));
      if (mended != null) {
        return mended;
      }
    }
    return null;
  }

  private static String asciiHost(String address) {
    int start = address.indexOf("://") < 0 ? 0 : address.indexOf("://") + 3;
    int end = start;
    while (end < address.length() && "/?#:".indexOf(address.charAt(end)) < 0) {
      end++;
    }
    String host = address.substring(start, end);
    if (host.chars().allMatch(c -> c < 128)) {
      return address;
    }
    try {
      return address.substring(0, start) + IDN.toASCII(host) + address.substring(end);
    } catch (IllegalArgumentException e) {
      return address;
    }
  }

  /** Copies the request onto the entity and derives the keys; returns whether anything changed. */
  static boolean apply(OrganisationRequest request, Organisation org) {
    String before = snapshot(org).toString();
    org.name = clean(request.name());
    org.nameKey = Keys.name(org.name);
    org.kind = Kind.fromCode(request.kind()).orElseThrow();
    org.description = clean(request.description());
    org.website = normaliseWebsite(request.website());
    org.websiteKey = Keys.website(org.website).orElse(null);
    String email = clean(request.email());
    org.email = email == null ? null : email.toLowerCase(Locale.ROOT);
    org.city = clean(request.city());
    org.cityKey = Keys.city(org.city);
    org.region = clean(request.region());
    String country = clean(request.country());
    org.country = country == null ? null : country.toUpperCase(Locale.ROOT);
    org.latitude = request.latitude();
    org.longitude = request.longitude();
    org.sectors = tags(request.sectors());
    org.services = tags(request.services());
    org.technologies = tags(request.technologies());
    org.languages = tags(request.languages());
    org.members = request.members();
    org.founded = request.founded();
    org.hiring = Boolean.TRUE.equals(request.hiring());
    org.acceptingMembers = Boolean.TRUE.equals(request.acceptingMembers());
    org.remote = Boolean.TRUE.equals(request.remote());
    return !before.equals(snapshot(org).toString());
  }

  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static List<String> tags(List<String> values) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String value : values) {
      String cleaned = clean(value);
      if (cleaned != null) {
        unique.add(cleaned);
      }
    }
    return List.copyOf(unique);
  }

  /** The listing's editable content as JSON, private email included: what history keeps. */
  static JsonObject snapshot(Organisation org) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    put(json, "name", org.name);
    put(json, "kind", org.kind == null ? null : org.kind.code());
    put(json, "description", org.description);
    put(json, "website", org.website);
    put(json, "email", org.email);
    put(json, "city", org.city);
    put(json, "region", org.region);
    put(json, "country", org.country);
    if (org.latitude != null) {
      json.add("latitude", org.latitude);
      json.add("longitude", org.longitude);
    }
    putList(json, "sectors", org.sectors);
    putList(json, "services", org.services);
    putList(json, "technologies", org.technologies);
    putList(json, "languages", org.languages);
    if (org.members != null) {
      json.add("members", org.members);
    }
    if (org.founded != null) {
      json.add("founded", org.founded);
    }
    json.add("hiring", org.hiring);
    json.add("acceptingMembers", org.acceptingMembers);
    json.add("remote", org.remote);
    put(json, "status", org.status == null ? null : org.status.name().toLowerCase(Locale.ROOT));
    return json.build();
  }

  /** A snapshot read back as a request, to revert to it. */
  static OrganisationRequest fromSnapshot(String snapshot) {
    JsonObject json;
    try (var reader = JSON.createReader(new StringReader(snapshot))) {
      json = reader.readObject();
    }
    return fromJson(json, null, null);
  }

  /**
   * A JSON object in the DESIGN field names as a request; a value of the wrong type is an error. An
   * import line's web address is read as {@link #importedWebsite} says.
   */
  static OrganisationRequest fromJson(JsonObject json, String externalId, String source) {
    return new OrganisationRequest(
        string(json, "name"),
        string(json, "kind"),
        string(json, "description"),
        importedWebsite(string(json, "website")),
        string(json, "email"),
        string(json, "city"),
        string(json, "region"),
        string(json, "country"),
        number(json, "latitude"),
        number(json, "longitude"),
        strings(json, "sectors"),
        strings(json, "services"),
        strings(json, "technologies"),
        strings(json, "languages"),
        integer(json, "members"),
        integer(json, "founded"),
        bool(json, "hiring"),
        bool(json, "acceptingMembers"),
        bool(json, "remote"),
        bool(json, "affirmStandards"),
        externalId,
        source);
  }

  /** A field with a value of the wrong JSON type. */
  static final class WrongType extends IllegalArgumentException {
    final String field;

    WrongType(String field, String expected) {
      super("\"" + field + "\" must be " + expected + ".");
      this.field = field;
    }
  }

  static String string(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw new WrongType(key, "text");
  }

  private static Double number(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.doubleValue();
    }
    throw new WrongType(key, "a number");
  }

  private static Integer integer(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        throw new WrongType(key, "a whole number in range");
      }
    }
    throw new WrongType(key, "a whole number");
  }

  private static Boolean bool(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new WrongType(key, "true or false");
  }

  private static List<String> strings(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new WrongType(key, "a list of text");
    }
    List<String> list = new ArrayList<>();
    for (JsonValue item : value.asJsonArray()) {
      if (!(item instanceof JsonString text)) {
        throw new WrongType(key, "a list of text");
      }
      list.add(text.getString());
    }
    return list;
  }

  private static void put(JsonObjectBuilder json, String key, String value) {
    if (value != null) {
      json.add(key, value);
    }
  }

  private static void putList(JsonObjectBuilder json, String key, List<String> values) {
    if (values != null && !values.isEmpty()) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      values.forEach(array::add);
      json.add(key, array);
    }
  }
}
