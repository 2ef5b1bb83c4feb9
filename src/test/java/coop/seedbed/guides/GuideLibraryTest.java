package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.LogRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideLibraryTest {

  @TempDir Path content;

  @Test
  void aFaultTellingSearchAboutGuides_isLoggedOnceWithItsTrace_notHiddenAtFine() throws Exception {
    Files.createDirectories(content.resolve("guides"));
    GuideLibrary library = new GuideLibrary();
    library.contentDir = content.toString();
    library.indexState =
        new GuideIndexState() {
          @Override
          void announce(Map<String, String> hashes) {
            throw new IllegalStateException("a bug in the index state");
          }
        };

    try (LogRecords log = LogRecords.of(GuideLibrary.class)) {
      library.reload();
      library.reload();
      library.reload();

      assertThat(log.atLeast(Level.WARNING)).hasSize(1);
      assertThat(log.atLeast(Level.WARNING).get(0).getThrown())
          .isInstanceOf(IllegalStateException.class);
      assertThat(log.atLeast(Level.WARNING).get(0).getMessage()).contains("incident");
    }
  }

  @Test
  void anUnchangedFolder_isNotReadAgain_andAChangedTimeIs() throws Exception {
    Path file = Files.createDirectories(content.resolve("guides")).resolve("a-guide.md");
    Files.writeString(file, guide("A guide"));
    FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    Files.setLastModifiedTime(file, anHourAgo);
    GuideLibrary library = quietLibrary();
    library.reload();
    assertThat(title(library)).isEqualTo("A guide");

    // Same name, size and time: nothing says the file changed, so it is not read again.
    Files.writeString(file, guide("B guide"));
    Files.setLastModifiedTime(file, anHourAgo);
    library.reload();
    assertThat(title(library)).isEqualTo("A guide");

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(1800)));
    library.reload();
    assertThat(title(library)).isEqualTo("B guide");
  }

  @Test
  void aGuideRewrittenWithinAFileTimesGrain_isStillRead() throws Exception {
    Path file = Files.createDirectories(content.resolve("guides")).resolve("a-guide.md");
    Files.writeString(file, guide("A guide"));
    FileTime written = Files.getLastModifiedTime(file);
    GuideLibrary library = quietLibrary();
    library.reload();

    // A file system keeping times to the second gives a rewrite in the same second the same time.
    Files.writeString(file, guide("B guide"));
    Files.setLastModifiedTime(file, written);
    library.reload();

    assertThat(title(library)).isEqualTo("B guide");
  }

  private GuideLibrary quietLibrary() {
    GuideLibrary library = new GuideLibrary();
    library.contentDir = content.toString();
    library.indexState =
        new GuideIndexState() {
          @Override
          void announce(Map<String, String> hashes) {}
        };
    return library;
  }

  private static String title(GuideLibrary library) {
    assertThat(library.current().problems()).isEmpty();
    return library.current().find("a-guide").orElseThrow().title();
  }

  /** A good guide of the parser's tests, with this title and nothing linking elsewhere. */
  private static String guide(String title) {
    return GuideParserTest.guide(
        GuideParserTest.GOOD
            .replace("title: A guide", "title: " + title)
            .replace("related: [other]", "related: []"),
        "\nAn opening paragraph.\n\n## First part\n\n" + "word ".repeat(200) + "\n");
  }
}
