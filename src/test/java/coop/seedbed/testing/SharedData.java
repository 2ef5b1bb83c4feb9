package coop.seedbed.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real records, calendars and documents in {@code ../shared/data/}, which nobody on the team
 * wrote. Tests that need them are skipped, with a reason, where the folder is absent.
 */
public final class SharedData {

  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("seedbed.shared.data", "../shared/data"));
  }

  /** A file under the shared data folder; skips the calling test when it is not there. */
  public static Path require(String relative) {
    Path file = root().resolve(relative);
    assumeTrue(Files.exists(file), "shared test data not present: " + file);
    return file;
  }
}
