package coop.seedbed.testing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a benchmark's table to the console and to {@code target/bench/<name>.md}. */
public final class Report {

  private Report() {}

  public static void write(String name, List<String> lines) throws IOException {
    String text = String.join("\n", lines) + "\n";
    System.out.println("\n" + text);
    Path file = Path.of("target", "bench", name + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Which database this run used, from the same environment the application reads. */
  public static String database() {
    String url = System.getenv("SEEDBED_DB_URL");
    return url != null && url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
  }
}
