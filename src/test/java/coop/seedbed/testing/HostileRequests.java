package coop.seedbed.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hostile variants of a request to each operation of the API description: every path and query
 * parameter and every field of the request body replaced in turn by values of the wrong type, out
 * of range, too long, with control characters, right-to-left marks or combining accents, path
 * traversal, and Lucene or SQL syntax; and whole bodies that are empty, not JSON, huge or deeply
 * nested. The fields and their types come from the document's schemas, so a new field is swept too.
 */
public final class HostileRequests {

  /** An operation of the document; {@code body} is its request body's schema, resolved. */
  public record Operation(
      String method, String path, List<Param> params, String bodyType, JsonObject body) {

    public String name() {
      return method + " " + path;
    }

    /** The names a problem's {@code errors} may point at: parameters and body properties. */
    public List<String> fieldNames() {
      List<String> names = new ArrayList<>();
      params.forEach(p -> names.add(p.name()));
      if (body != null && body.containsKey("properties")) {
        names.addAll(body.getJsonObject("properties").keySet());
      }
      if (body != null
          && body.containsKey("items")
          && body.getJsonObject("items").containsKey("properties")) {
        names.addAll(body.getJsonObject("items").getJsonObject("properties").keySet());
      }
      // An empty field is the whole request, as InvalidInputException documents.
      names.add("");
      return names;
    }
  }

  public record Param(String in, String name, JsonObject schema) {}

  /**
   * One request: what it does to which field, its path with query, and its body (null for none).
   */
  public record Attempt(
      Operation operation,
      String kind,
      String field,
      String pathAndQuery,
      String contentType,
      byte[] body) {

    @Override
    public String toString() {
      return operation.name() + " [" + kind + (field == null ? "" : " on " + field) + "]";
    }
  }

  /** A mutation's label and the JSON text of the value it puts in place of a field. */
  private record Value(String kind, String json) {}

  private static final int MEGABYTE = 1024 * 1024;

  private static final List<Value> STRINGS =
      List.of(
          new Value("empty string", "\"\""),
          new Value("blank", "\"   \""),
          new Value("NUL", "\"a\\u0000b\""),
          new Value("control characters", "\"\\u0007\\u001b[31m\\b\\f\\r\\n\\t\""),
          new Value(
              "right-to-left override", "\"\\u202Egnp.exe\\u202C \\u05e9\\u05dc\\u05d5\\u05dd\""),
          new Value("combining marks", "\"e" + "\\u0301\\u0308\\u0327".repeat(300) + "\""),
          new Value("lone surrogate", "\"\\ud800x\""),
          new Value("byte order mark", "\"\\ufeffsweep\""),
          new Value("path traversal", "\"../../../../etc/passwd\""),
          new Value("encoded traversal", "\"..%2F..%2F..%2Fetc%2Fpasswd\""),
          new Value("Lucene syntax", "\"title:(a OR b)~2^9 [a TO z} \\\"unterminated *:* ?\""),
          new Value("Lucene specials", "\"+ - && || ! ( ) { } [ ] ^ ~ * ? : \\\\ / \\\"\""),
          new Value("SQL quote", "\"' OR '1'='1\""),
          new Value("SQL statement", "\"x'); DROP TABLE account; --\""),
          new Value("SQL wildcards", "\"%_%\\\\\""),
          new Value("markup", "\"<script>alert(1)</script><img src=x onerror=alert(1)>\""),
          new Value("template syntax", "\"{{7*7}} ${7*7} #{7*7} %s %n\""),
          new Value("year zero", "\"0000-00-00\""),
          new Value("date far past", "\"-999999999-01-01T00:00:00Z\""),
          new Value("date far future", "\"+999999999-12-31T23:59:59Z\""),
          new Value("impossible date", "\"2027-02-30T25:61:61+99:00\""),
          new Value("date of the epoch", "\"1970-01-01\""),
          new Value("email-ish", "\"a@b@c..d\""),
          new Value("header injection", "\"x\\r\\nBcc: victim@example.org\""),
          new Value("long string", "\"" + "x".repeat(20_000) + "\""),
          new Value("long words", "\"" + "sweep ".repeat(5_000) + "\""));

  private static final List<Value> NUMBERS =
      List.of(
          new Value("negative", "-1"),
          new Value("zero", "0"),
          new Value("below int", "-2147483649"),
          new Value("above int", "2147483648"),
          new Value("long max", "9223372036854775807"),
          new Value("above long", "9223372036854775808"),
          new Value("below long", "-9223372036854775809"),
          new Value("enormous", "123456789012345678901234567890123456789"),
          new Value("huge double", "1e308"),
          new Value("beyond double", "1e400"),
          new Value("negative huge double", "-1e308"),
          new Value("tiny", "4.9e-324"),
          new Value("fraction", "1.5"));

  private static final List<Value> WRONG_TYPES =
      List.of(
          new Value("null", "null"),
          new Value("true", "true"),
          new Value("number as text", "\"12\""),
          new Value("object", "{\"a\":1}"),
          new Value("empty array", "[]"),
          new Value("array of nulls", "[null,null]"),
          new Value("nested array", "[[[\"x\"]]]"),
          new Value("array of objects", "[{\"a\":[]}]"));

  /** Path parameter values, already percent-encoded as they go on the wire. */
  private static final List<String[]> PATH_VALUES =
      List.of(
          new String[] {"zero", "0"},
          new String[] {"negative", "-1"},
          new String[] {"enormous", "99999999999999999999999"},
          new String[] {"fraction", "1.5"},
          new String[] {"encoded traversal", "..%2F..%2F..%2Fetc%2Fpasswd"},
          new String[] {"encoded dots", "%2E%2E"},
          new String[] {"encoded slash", "a%2Fb"},
          new String[] {"double encoded slash", "a%252Fb"},
          new String[] {"backslash", "..%5C..%5Cwindows"},
          new String[] {"NUL", "a%00b"},
          new String[] {"CRLF", "a%0D%0ASet-Cookie:%20x=1"},
          new String[] {"session id", "1;jsessionid=0123456789ABCDEF"},
          new String[] {"encoded session id", "1%3Bjsessionid%3D0123"},
          new String[] {"matrix parameter", "1;a=b;c"},
          new String[] {"right-to-left override", "%E2%80%AEfdp.exe"},
          new String[] {"combining marks", "e" + "%CC%81".repeat(200)},
          new String[] {"overlong UTF-8", "%C0%AE%C0%AE"},
          new String[] {"invalid UTF-8", "%FF%FE"},
          new String[] {"SQL quote", "%27%20OR%20%271%27=%271"},
          new String[] {"Lucene syntax", "*:*%20OR%20title:x~2"},
          new String[] {"space", "a%20b"},
          new String[] {"long", "x".repeat(4_000)},
          new String[] {"email-ish", "a@b@c"},
          new String[] {"dot", "."},
          new String[] {"uppercase", "SOME-THING"});

  private HostileRequests() {}

  /** Every operation of the document, in the document's order. */
  public static List<Operation> operations(JsonObject document) {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    List<Operation> operations = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, itemValue) -> {
              JsonObject item = itemValue.asJsonObject();
              item.forEach(
                  (method, operationValue) -> {
                    if (method.equals("parameters")) {
                      return;
                    }
                    JsonObject operation = operationValue.asJsonObject();
                    List<Param> params = new ArrayList<>();
                    for (JsonArray list :
                        new JsonArray[] {
                          item.getJsonArray("parameters"), operation.getJsonArray("parameters")
                        }) {
                      if (list == null) {
                        continue;
                      }
                      for (JsonObject p : list.getValuesAs(JsonObject.class)) {
                        params.add(
                            new Param(
                                p.getString("in"),
                                p.getString("name"),
                                resolve(
                                    p.containsKey("schema")
                                        ? p.getJsonObject("schema")
                                        : JsonValue.EMPTY_JSON_OBJECT,
                                    schemas)));
                      }
                    }
                    String bodyType = null;
                    JsonObject body = null;
                    if (operation.containsKey("requestBody")) {
                      JsonObject content =
                          operation.getJsonObject("requestBody").getJsonObject("content");
                      bodyType = content.keySet().iterator().next();
                      JsonObject media = content.getJsonObject(bodyType);
                      body =
                          media.containsKey("schema")
                              ? deepResolve(media.getJsonObject("schema"), schemas, 0)
                              : JsonValue.EMPTY_JSON_OBJECT;
                    }
                    operations.add(
                        new Operation(method.toUpperCase(), path, params, bodyType, body));
                  });
            });
    return operations;
  }

  private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  private static JsonObject deepResolve(JsonObject schema, JsonObject schemas, int depth) {
    JsonObject resolved = resolve(schema, schemas);
    if (depth > 4) {
      return resolved;
    }
    JsonObjectBuilder copy = Json.createObjectBuilder(resolved);
    if (resolved.containsKey("properties")) {
      JsonObjectBuilder properties = Json.createObjectBuilder();
      resolved
          .getJsonObject("properties")
          .forEach(
              (name, property) ->
                  properties.add(name, deepResolve(property.asJsonObject(), schemas, depth + 1)));
      copy.add("properties", properties);
    }
    if (resolved.containsKey("items")) {
      copy.add("items", deepResolve(resolved.getJsonObject("items"), schemas, depth + 1));
    }
    return copy.build();
  }

  /** A plausible value for a schema: what a careful client would send. */
  public static JsonValue plausible(JsonObject schema) {
    if (schema.containsKey("enum")) {
      return schema.getJsonArray("enum").get(0);
    }
    String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
    String format = schema.getString("format", "");
    return switch (type) {
      case "integer" -> Json.createValue(1);
      case "number" -> Json.createValue(1.5);
      case "boolean" -> JsonValue.TRUE;
      case "array" -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        if (schema.containsKey("items")) {
          array.add(plausible(schema.getJsonObject("items")));
        }
        yield array.build();
      }
      case "object" -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        if (schema.containsKey("properties")) {
          schema
              .getJsonObject("properties")
              .forEach((name, property) -> object.add(name, plausible(property.asJsonObject())));
        }
        yield object.build();
      }
      default ->
          switch (format) {
            case "email" -> Json.createValue("sweep@example.org");
            case "date-time" -> Json.createValue("2027-03-01T10:00:00Z");
            case "date" -> Json.createValue("2027-03-01");
            case "uri" -> Json.createValue("https://example.org/");
            default -> Json.createValue("sweep");
          };
    };
  }

  /**
   * Every hostile request to an operation, path parameters filled from {@code known} (name to an
   * encoded value) or else {@code 1}.
   */
  public static List<Attempt> attempts(Operation operation, Map<String, String> known) {
    List<Attempt> attempts = new ArrayList<>();
    String plainPath = path(operation, known, null, null);
    String plainQuery = query(operation, null, null);
    JsonObject plainBody = operation.body() == null ? null : plausibleObject(operation.body());
    byte[] plainBytes = plainBody == null ? null : plainBody.toString().getBytes(UTF_8);

    for (Param param : operation.params()) {
      if (param.in().equals("path")) {
        for (String[] value : PATH_VALUES) {
          attempts.add(
              new Attempt(
                  operation,
                  value[0],
                  param.name(),
                  path(operation, known, param.name(), value[1]) + plainQuery,
                  operation.bodyType(),
                  plainBytes));
        }
      } else if (param.in().equals("query")) {
        for (Value value : concat(STRINGS, NUMBERS, WRONG_TYPES)) {
          if (value.json().length() > 6_000) {
            continue;
          }
          attempts.add(
              new Attempt(
                  operation,
                  value.kind(),
                  param.name(),
                  plainPath + query(operation, param.name(), text(value.json())),
                  operation.bodyType(),
                  plainBytes));
        }
      }
    }
    attempts.add(
        new Attempt(
            operation,
            "repeated and unknown parameters",
            null,
            plainPath
                + (plainQuery.isEmpty() ? "?" : plainQuery + "&")
                + "unknown=%27&unknown=*&page=1&page=-1",
            operation.bodyType(),
            plainBytes));

    if (operation.bodyType() == null) {
      return attempts;
    }
    String target = plainPath + plainQuery;
    switch (operation.bodyType()) {
      case "application/json" -> jsonBodies(operation, target, plainBody, attempts);
      case "multipart/form-data" -> multipartBodies(operation, target, attempts);
      case "application/x-ndjson" -> {
        jsonBodies(operation, target, plainBody, attempts);
        rawBodies(operation, target, attempts);
      }
      default -> rawBodies(operation, target, attempts);
    }
    return attempts;
  }

  private static JsonObject plausibleObject(JsonObject schema) {
    JsonValue value = plausible(schema);
    return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static void jsonBodies(
      Operation operation, String target, JsonObject plain, List<Attempt> attempts) {
    String type =
        operation.bodyType().equals("application/x-ndjson")
            ? "application/x-ndjson"
            : "application/json";
    JsonObject properties =
        operation.body().containsKey("properties")
            ? operation.body().getJsonObject("properties")
            : JsonValue.EMPTY_JSON_OBJECT;
    for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
      String field = property.getKey();
      JsonObject schema = property.getValue().asJsonObject();
      String fieldType = schema.getString("type", "string");
      List<Value> values =
          switch (fieldType) {
            case "integer", "number" -> concat(NUMBERS, WRONG_TYPES, STRINGS.subList(0, 8));
            case "array" -> concat(WRONG_TYPES, arrays(), STRINGS.subList(0, 4));
            case "boolean" -> concat(WRONG_TYPES, NUMBERS.subList(0, 3), STRINGS.subList(0, 4));
            default -> concat(STRINGS, NUMBERS.subList(0, 4), WRONG_TYPES);
          };
      for (Value value : values) {
        attempts.add(json(operation, target, type, value.kind(), field, with(plain, field, value)));
      }
      if (fieldType.equals("array") && schema.containsKey("items")) {
        for (Value value : concat(STRINGS, NUMBERS.subList(0, 4))) {
          attempts.add(
              json(
                  operation,
                  target,
                  type,
                  "item: " + value.kind(),
                  field,
                  with(plain, field, new Value(value.kind(), "[" + value.json() + "]"))));
        }
      }
      JsonObjectBuilder without = Json.createObjectBuilder(plain);
      without.remove(field);
      attempts.add(json(operation, target, type, "missing", field, without.build().toString()));
    }
    StringBuilder extra = new StringBuilder(plain.toString());
    extra.setLength(extra.length() - 1);
    for (int i = 0; i < 50; i++) {
      extra.append(extra.length() > 1 ? "," : "").append("\"extra").append(i).append("\":\"x\"");
    }
    extra.append('}');
    attempts.add(json(operation, target, type, "extra fields", null, extra.toString()));
    attempts.add(json(operation, target, type, "all fields missing", null, "{}"));
    if (!properties.isEmpty()) {
      String first = properties.keySet().iterator().next();
      String twice = plain.toString().replaceFirst("^\\{", "{\"" + first + "\":\"x\",");
      attempts.add(json(operation, target, type, "duplicate key", first, twice));
    }
    for (String[] whole :
        new String[][] {
          {"empty body", ""},
          {"whitespace body", " \n\t "},
          {"null body", "null"},
          {"array body", "[" + plain + "]"},
          {"string body", "\"text\""},
          {"number body", "-1e999"},
          {"truncated JSON", plain.toString().substring(0, plain.toString().length() / 2)},
          {"trailing garbage", plain + "}}]]"},
          {"two documents", plain + "\n" + plain},
          {"comments", "/* hi */" + plain},
          {"single quotes", plain.toString().replace('"', '\'')},
          {"byte order mark", "\ufeff" + plain},
          {"deeply nested arrays", "[".repeat(100_000) + "]".repeat(100_000)},
          {"deeply nested objects", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)},
          {"nested under a field", nestedUnderFirstField(plain, properties)},
          {"huge body", huge(plain, properties)},
        }) {
      attempts.add(json(operation, target, type, whole[0], null, whole[1]));
    }
    attempts.add(
        new Attempt(
            operation,
            "invalid UTF-8",
            null,
            target,
            type,
            new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'}));
    attempts.add(
        new Attempt(
            operation, "no content type", null, target, null, plain.toString().getBytes(UTF_8)));
    attempts.add(
        new Attempt(
            operation,
            "wrong content type",
            null,
            target,
            "text/plain",
            plain.toString().getBytes(UTF_8)));
    attempts.add(
        new Attempt(
            operation,
            "form content type",
            null,
            target,
            "application/x-www-form-urlencoded",
            "a=1&b=%27".getBytes(UTF_8)));
  }

  private static String nestedUnderFirstField(JsonObject plain, JsonObject properties) {
    if (properties.isEmpty()) {
      return "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    }
    return with(
        plain,
        properties.keySet().iterator().next(),
        new Value("nested", "[".repeat(5_000) + "]".repeat(5_000)));
  }

  /** The plausible body with its first string field a megabyte long, or a megabyte of padding. */
  private static String huge(JsonObject plain, JsonObject properties) {
    String field =
        properties.entrySet().stream()
            .filter(e -> e.getValue().asJsonObject().getString("type", "string").equals("string"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("padding");
    return with(plain, field, new Value("huge", "\"" + "é".repeat(MEGABYTE / 2) + "\""));
  }

  private static List<Value> arrays() {
    return List.of(
        new Value("ten thousand items", "[" + "\"x\",".repeat(9_999) + "\"x\"]"),
        new Value("items of mixed types", "[1,\"a\",null,true,{},[]]"),
        new Value("duplicate items", "[\"a\",\"a\",\"a\"]"));
  }

  private static void multipartBodies(Operation operation, String target, List<Attempt> out) {
    String boundary = "sweep-boundary";
    String type = "multipart/form-data; boundary=" + boundary;
    byte[] pdf = "%PDF-1.4\n%hostile\n".getBytes(UTF_8);
    String[][] parts = {
      {"no parts", "--" + boundary + "--\r\n"},
      {"part without a name", "--b\r\n"},
      {"unterminated", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\""},
      {
        "traversal file name",
        part(boundary, "file", "../../../etc/passwd", "application/pdf", pdf)
            + part(boundary, "title", null, null, "Sweep".getBytes(UTF_8))
            + "--"
            + boundary
            + "--\r\n"
      },
      {
        "control characters in file name",
        part(boundary, "file", "a\u0000b\r\n.pdf", "application/pdf", pdf)
            + "--"
            + boundary
            + "--\r\n"
      },
      {
        "right-to-left file name",
        part(boundary, "file", "\u202Efdp.exe", "application/pdf", pdf) + "--" + boundary + "--\r\n"
      },
      {
        "empty file",
        part(boundary, "file", "empty.pdf", "application/pdf", new byte[0])
            + part(boundary, "title", null, null, new byte[0])
            + "--"
            + boundary
            + "--\r\n"
      },
      {
        "fields with hostile text",
        part(boundary, "title", null, null, "' OR 1=1 -- *:* \u202E".getBytes(UTF_8))
            + part(boundary, "jurisdiction", null, null, "../../x".getBytes(UTF_8))
            + part(boundary, "published", null, null, "+999999999-12-31".getBytes(UTF_8))
            + "--"
            + boundary
            + "--\r\n"
      },
      {
        "a long field name",
        part(boundary, "x".repeat(10_000), null, null, "x".getBytes(UTF_8))
            + "--"
            + boundary
            + "--\r\n"
      },
    };
    for (String[] p : parts) {
      out.add(
          new Attempt(
              operation,
              p[0],
              null,
              target,
              p[0].equals("part without a name") ? "multipart/form-data; boundary=b" : type,
              p[1].getBytes(UTF_8)));
    }
    out.add(new Attempt(operation, "no body", null, target, null, new byte[0]));
    out.add(new Attempt(operation, "no boundary", null, target, "multipart/form-data", pdf));
    out.add(
        new Attempt(
            operation, "JSON instead", null, target, "application/json", "{}".getBytes(UTF_8)));
  }

  private static String part(
      String boundary, String name, String fileName, String type, byte[] content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
        + "\r\n"
        + (type == null ? "" : "Content-Type: " + type + "\r\n")
        + "\r\n"
        + new String(content, UTF_8)
        + "\r\n";
  }

  private static void rawBodies(Operation operation, String target, List<Attempt> out) {
    String type = operation.bodyType();
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Object[][] bodies = {
      {"empty body", new byte[0]},
      {"binary garbage", binary},
      {"control characters", "\u0000\u0007\u001b[2J\r\n".getBytes(UTF_8)},
      {
        "calendar with hostile dates",
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:00000101T000000Z\r\n"
                + "DTEND:99991231T235959Z\r\nRRULE:FREQ=SECONDLY;COUNT=999999999\r\n"
                + "SUMMARY:\u202Eevil\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            .getBytes(UTF_8)
      },
      {"unterminated calendar", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2027".getBytes(UTF_8)},
      {"huge body", "A".repeat(MEGABYTE).getBytes(UTF_8)},
      {"lines of hostile JSON", "null\n[]\n\"x\"\n{\"name\":".getBytes(UTF_8)},
    };
    for (Object[] body : bodies) {
      out.add(new Attempt(operation, (String) body[0], null, target, type, (byte[]) body[1]));
    }
    out.add(
        new Attempt(
            operation, "wrong content type", null, target, "application/json", "{}".getBytes()));
  }

  private static Attempt json(
      Operation operation, String target, String type, String kind, String field, String body) {
    return new Attempt(operation, kind, field, target, type, body.getBytes(UTF_8));
  }

  private static String with(JsonObject plain, String field, Value value) {
    JsonObjectBuilder copy = Json.createObjectBuilder(plain);
    copy.remove(field);
    String rest = copy.build().toString();
    String entry = "\"" + field + "\":" + value.json();
    return rest.equals("{}") ? "{" + entry + "}" : "{" + entry + "," + rest.substring(1);
  }

  /** A JSON value as the text a query parameter would carry. */
  private static String text(String json) {
    JsonValue value;
    try (var reader = Json.createReader(new StringReader("[" + json + "]"))) {
      value = reader.readArray().get(0);
    } catch (RuntimeException e) {
      return json;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber) {
      return json;
    }
    return value.toString();
  }

  private static String path(
      Operation operation, Map<String, String> known, String replaced, String encodedValue) {
    String path = operation.path();
    for (Param param : operation.params()) {
      if (!param.in().equals("path")) {
        continue;
      }
      String value =
          param.name().equals(replaced)
              ? encodedValue
              : known.getOrDefault(
                  operation.path() + "#" + param.name(), known.getOrDefault(param.name(), "1"));
      path = path.replace("{" + param.name() + "}", value);
    }
    return path;
  }

  private static String query(Operation operation, String replaced, String value) {
    StringBuilder query = new StringBuilder();
    for (Param param : operation.params()) {
      if (!param.in().equals("query")) {
        continue;
      }
      String text =
          param.name().equals(replaced) ? value : text(plausible(param.schema()).toString());
      query
          .append(query.isEmpty() ? "?" : "&")
          .append(param.name())
          .append('=')
          .append(URLEncoder.encode(text, UTF_8));
    }
    return query.toString();
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) {
      all.addAll(list);
    }
    return Collections.unmodifiableList(all);
  }
}
