package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.guides.TextExtractor.Extraction;
import coop.seedbed.guides.TextExtractor.Outcome;
import coop.seedbed.testing.LogRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

/**
 * A reader that fails by a fault of its own is not a damaged file: the person uploading it is told
 * of an incident whose id is in the log, with the trace.
 */
class TextExtractorFaultsTest {

  private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  /** A parser that fails as given on every file. */
  private static TextExtractor failingWith(Exception failure) {
    return new TextExtractor(
        10_000,
        Duration.ofSeconds(10),
        new AbstractParser() {
          @Override
          public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
          }

          @Override
          public void parse(
              java.io.InputStream stream,
              ContentHandler handler,
              Metadata metadata,
              ParseContext context)
              throws TikaException {
            if (failure instanceof TikaException tika) {
              throw tika;
            }
            throw (RuntimeException) failure;
          }
        });
  }

  private static void assertAnIncident(Exception failure, Class<?> logged) {
    try (LogRecords log = LogRecords.of(TextExtractor.class)) {
      Extraction result =
          failingWith(failure)
              .extract(
                  "%PDF-1.4 a document".getBytes(StandardCharsets.US_ASCII),
                  "application/pdf",
                  POOL);

      assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(result.reason()).doesNotContain("seems to be damaged").contains("incident");
      List<LogRecord> severe = log.atLeast(Level.SEVERE);
      assertThat(severe).hasSize(1);
      assertThat(severe.get(0).getThrown()).isInstanceOf(logged);
      String id = severe.get(0).getMessage().replaceAll(".*incident ", "");
      assertThat(result.reason()).contains(id);
    }
  }

  @Test
  void aParserThatThrows_isAnIncident_notADamagedFile() {
    assertAnIncident(new NullPointerException("a parser bug"), NullPointerException.class);
  }

  @Test
  void aParserFaultThatTikaWrapped_isAnIncident_too() {
    assertAnIncident(
        new TikaException(
            "Unexpected RuntimeException from a parser",
            new ArrayIndexOutOfBoundsException("a parser bug")),
        TikaException.class);
  }
}
