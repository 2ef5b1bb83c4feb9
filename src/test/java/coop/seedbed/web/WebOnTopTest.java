package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.http.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web shell sits on top of the features: it may use any of them, but no class outside {@code
 * web} may use it, or a feature could not be read (or tested) without the shell. The features get
 * what they need of HTTP from {@code http}, and the rate limiter from {@code shared}.
 */
class WebOnTopTest {

  private static final Path SOURCES = Path.of("src/main/java/coop/seedbed");
  private static final Pattern WEB_IMPORT =
      Pattern.compile("^import\\s+(static\\s+)?coop\\.seedbed\\.web\\.", Pattern.MULTILINE);

  /** A class names another in its constant pool in this internal form, whatever the source said. */
  private static final String WEB_INTERNAL_NAME = "coop/seedbed/web/";

  @Test
  void noSourceOutsideWeb_importsWeb() throws IOException {
    List<Path> sources = filesOutsideWeb(SOURCES, ".java");
    assertThat(sources).hasSizeGreaterThan(100);
    assertThat(sources)
        .filteredOn(source -> WEB_IMPORT.matcher(read(source)).find())
        .as("main classes outside coop.seedbed.web that import it")
        .isEmpty();
  }

  @Test
  void noCompiledClassOutsideWeb_refersToWeb() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("coop/seedbed");
    List<Path> compiled = filesOutsideWeb(classes, ".class");
    assertThat(compiled).hasSizeGreaterThan(100);
    assertThat(compiled)
        .filteredOn(file -> read(file).contains(WEB_INTERNAL_NAME))
        .as("compiled classes outside coop.seedbed.web that refer to a class in it")
        .isEmpty();
  }

  private static List<Path> filesOutsideWeb(Path root, String suffix) throws IOException {
    Path web = root.resolve("web");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(suffix))
          .filter(file -> !file.startsWith(web))
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      // ISO-8859-1 maps every byte to one char, so a class file's constant pool reads as text.
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
