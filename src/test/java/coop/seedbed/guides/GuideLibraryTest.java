package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.LogRecords;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
