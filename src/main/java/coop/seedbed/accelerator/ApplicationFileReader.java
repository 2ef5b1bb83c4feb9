package coop.seedbed.accelerator;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.guides.DocumentText;
import coop.seedbed.guides.ParserThreads;
import coop.seedbed.guides.TextExtractor;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the text of files teams attach, with the same Tika reader and limits as the legal library,
 * so reviewers can read and search it: woken after each upload commits, and on a schedule for
 * anything left over (a restart mid-read, an upload on another instance). One file at a time per
 * instance; a file's claim is a conditional update, so two instances never read the same one.
 */
@ApplicationScoped
class ApplicationFileReader {

  private static final Logger LOG = Logger.getLogger(ApplicationFileReader.class.getName());

  @Inject ApplicationFiles files;
  @Inject DocumentText text;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.documents.poll-interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "seedbed.documents.read-timeout")
  Duration readTimeout;

  private final WakeableLoop loop = new WakeableLoop();
  private ParserThreads parsers;

  void start(@Observes SchemaReady ready) {
    // A file Tika cannot finish is given up at the deadline; a parser that ignores that holds one
    // of two threads, and reading pauses (files wait) rather than piling up threads or failing
    // the next file behind it.
    parsers = new ParserThreads(threads, 2);
    loop.start(threads, "seedbed-application-files", pollInterval, this::readWaiting);
  }

  /** A test deployment's clock moved: the loop runs at once rather than at its interval. */
  void clockMoved(@Observes ClockMoved moved) {
    loop.wake();
  }

  @PreDestroy
  void stop() {
    loop.stop();
    if (parsers != null) {
      parsers.shutdownNow();
    }
  }

  void stored(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationService.FileStored event) {
    loop.wake();
  }

  void readWaiting() {
    try {
      while (parsers.hasRoom()) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ApplicationFiles.Claimed> claimed =
            files.claimNext(now, now.minus(readTimeout.multipliedBy(3)));
        if (claimed.isEmpty()) {
          return;
        }
        ApplicationFiles.Claimed file = claimed.get();
        TextExtractor.Extraction result =
            text.extractor().extract(file.bytes(), file.mediaType(), parsers.executor());
        files.finish(
            file.applicationId(),
            file.questionId(),
            file.attempt(),
            result.outcome() == TextExtractor.Outcome.READ,
            result.text(),
            result.reason());
        LOG.fine(
            () -> "Application file read: " + (result.reason() == null ? "ok" : result.reason()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading application files stopped; the next look tries again", e);
    }
  }
}
