package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.guides.TextExtractor.Extraction;
import coop.seedbed.guides.TextExtractor.Outcome;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

/** Parses that ignore their deadline hold a bounded number of threads, and reading pauses. */
class ParserThreadsTest {

  private final CountDownLatch release = new CountDownLatch(1);

  /** A parser that ignores interruption until the test lets it go, as a stuck Tika parser does. */
  private final TextExtractor stubborn =
      new TextExtractor(
          10_000,
          Duration.ofMillis(100),
          new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
              return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(
                InputStream stream,
                ContentHandler handler,
                Metadata metadata,
                ParseContext context) {
              while (release.getCount() > 0) {
                try {
                  release.await();
                } catch (InterruptedException ignored) {
                  // Deliberately carries on, as a parser stuck in a loop would.
                }
              }
            }
          });

  private Extraction parse(ParserThreads threads) {
    return stubborn.extract(
        "%PDF-1.4 a document".getBytes(StandardCharsets.US_ASCII),
        "application/pdf",
        threads.executor());
  }

  @Test
  void stuckParses_holdNoMoreThanTheBound_andReadingResumesWhenTheyEnd() {
    ParserThreads threads = new ParserThreads(Executors.defaultThreadFactory(), 2);
    try {
      assertThat(parse(threads).outcome()).isEqualTo(Outcome.FAILED);
      assertThat(threads.hasRoom()).isTrue();
      assertThat(parse(threads).outcome()).isEqualTo(Outcome.FAILED);

      assertThat(threads.busy()).isEqualTo(2);
      assertThat(threads.hasRoom()).as("both threads held: a reader waits").isFalse();

      release.countDown();
      Awaitility.await().atMost(Duration.ofSeconds(5)).until(threads::hasRoom);
      assertThat(threads.busy()).isZero();
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aFileHandedOverAsTheLastParseEnds_isTakenByThatThread_notRefused() throws Exception {
    // A thread counts as busy until it is back waiting for work, so a reader that finds room may
    // hand a file over in the instant before the thread is ready to take it.
    ParserThreads threads = new ParserThreads(Executors.defaultThreadFactory(), 1);
    try {
      for (int i = 0; i < 20_000; i++) {
        threads.executor().submit(() -> {}).get();
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
