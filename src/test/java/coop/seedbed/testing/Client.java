package coop.seedbed.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * An HTTP client as a browser or script would be: its own cookies and its own client address (sent
 * as {@code X-Forwarded-For}, which the test deployment trusts), so that tests never share a
 * session or a rate limit.
 */
public final class Client {

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String address;
  private String bearer;

  public Client(URL base) {
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.address =
        "10."
            + random.nextInt(1, 255)
            + "."
            + random.nextInt(0, 255)
            + "."
            + random.nextInt(1, 255);
  }

  public Client withBearer(String token) {
    this.bearer = token;
    return this;
  }

  public URI uri(String path) {
    return base.resolve(path);
  }

  public String address() {
    return address;
  }

  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst();
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  public Answer postJson(String path, JsonStructure body) {
    return postJson(path, body.toString());
  }

  public Answer postJson(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Answer putJson(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  public Answer put(String path) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  public Answer postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  public Answer postForm(String path, Map<String, String> fields, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    headers.forEach(builder::header);
    return send(builder);
  }

  /** Follows one redirect with a GET, as a browser does after a form post. */
  public Answer follow(Answer redirect) {
    String location =
        redirect
            .header("Location")
            .orElseThrow(() -> new AssertionError("no Location header: " + redirect));
    return get(
        URI.create(location).isAbsolute()
            ? URI.create(location).getRawPath() + query(URI.create(location))
            : location);
  }

  private static String query(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("X-Forwarded-For", address);
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder;
  }

  public Answer send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      return new Answer(http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8)));
    } catch (IOException e) {
      // A kept-alive connection the server closed as we reused it reads EOF before any answer.
      // A browser sends a GET again on a fresh connection then; so do we, once, and only a GET.
      if (request.method().equals("GET")) {
        return sendAgain(request, e);
      }
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer sendAgain(HttpRequest request, IOException first) {
    try {
      return new Answer(http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8)));
    } catch (IOException e) {
      e.addSuppressed(first);
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and keeps the body as bytes, for downloads that must match byte for byte. */
  public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public static Map<String, String> fields(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A response, read whole. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public jakarta.json.JsonArray jsonArray() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.readArray();
      }
    }

    public JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.readObject();
      }
    }

    @Override
    public String toString() {
      return response.request().method()
          + " "
          + response.uri()
          + " -> "
          + status()
          + " "
          + shortBody();
    }

    /** Of a page, what a reader sees in its main part (the head says nothing); else the body. */
    private String shortBody() {
      String shown = body();
      if (contentType().startsWith("text/html")) {
        org.jsoup.nodes.Element main = org.jsoup.Jsoup.parse(shown).selectFirst("main");
        if (main != null) {
          shown = "[page] " + main.text();
        }
      }
      return shown.length() > 600 ? shown.substring(0, 600) + "..." : shown;
    }
  }
}
