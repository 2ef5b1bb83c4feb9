package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.OpenApiChecks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written API description must name every endpoint the code has, and no endpoint it lacks:
 * otherwise /openapi lies to integrators.
 */
class OpenApiDocumentTest {

  @Test
  void theDocument_namesExactlyTheEndpointsOfTheResources() throws Exception {
    assertThat(documented()).isEqualTo(implemented());
  }

  @Test
  void theDocument_isValidOpenApi_andEveryOperationSaysWhoMayCallIt_andHowItFails()
      throws IOException {
    String json;
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(OpenApiChecks.problems(json)).isEmpty();
  }

  private static Set<String> documented() throws IOException {
    Set<String> endpoints = new TreeSet<>();
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.json");
        var reader = Json.createReader(in)) {
      JsonObject paths = reader.readObject().getJsonObject("paths");
      for (String path : paths.keySet()) {
        for (String key : paths.getJsonObject(path).keySet()) {
          if (Set.of("get", "post", "put", "delete", "patch").contains(key)) {
            endpoints.add(key.toUpperCase(Locale.ROOT) + " " + path);
          }
        }
      }
    }
    return endpoints;
  }

  private static Set<String> implemented() throws IOException, URISyntaxException {
    Set<String> endpoints = new TreeSet<>();
    var classes =
        Paths.get(SeedbedApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = load(name);
        Path root = type == null ? null : type.getAnnotation(Path.class);
        if (root == null) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          String verb = verbOf(method);
          if (verb != null) {
            Path sub = method.getAnnotation(Path.class);
            endpoints.add(verb + " " + join("/api", root.value(), sub == null ? "" : sub.value()));
          }
        }
      }
    }
    return endpoints;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        path.append('/').append(trimmed);
      }
    }
    return path.toString();
  }
}
