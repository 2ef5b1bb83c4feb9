package coop.seedbed.guides;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the text of stored documents in the background, one at a time per instance: it claims a
 * waiting document, has Tika read it on a thread of its own under a deadline, and stores the text
 * or the reason. It looks at once after each upload, and on a schedule for anything left over (a
 * restart mid-read, an upload on another instance).
 */
@ApplicationScoped
class DocumentReader {

  private static final Logger LOG = Logger.getLogger(DocumentReader.class.getName());

  @Inject ReadingQueue queue;
  @Inject DocumentText text;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.documents.poll-interval")
  Duration pollInterval;

  private final ReentrantLock reading = new ReentrantLock();
  private final WakeableLoop loop = new WakeableLoop();

  /** Parses that ignore their deadline may hold this many threads before reading pauses. */
  static final int PARSER_THREADS = 3;

  private ParserThreads parsers;
  private volatile boolean pausedLogged;

  void start(@Observes SchemaReady ready) {
    // Tika runs on threads of its own, so a file that never finishes cannot hold the reader.
    parsers = new ParserThreads(threads, PARSER_THREADS);
    // Every poll interval, or at once when an upload wakes it.
    loop.start(threads, "seedbed-document-reader", pollInterval, this::readWaiting);
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

  /** After an upload commits, the reader looks at once (see {@link WakeableLoop}). */
  void stored(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingQueue.DocumentStored event) {
    loop.wake();
  }

  private static boolean lostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof RollbackException) {
        return true;
      }
    }
    return false;
  }

  /** Reads every waiting document; another call already reading makes this one return. */
  void readWaiting() {
    if (parsers == null || !reading.tryLock()) {
      return;
    }
    try {
      while (true) {
        if (!parsers.hasRoom()) {
          if (!pausedLogged) {
            pausedLogged = true;
            LOG.warning(
                "Reading documents paused: every parser thread is held by a file that overran its"
                    + " deadline");
          }
          return;
        }
        pausedLogged = false;
        Optional<ReadingQueue.Claimed> claimed;
        try {
          claimed = queue.claimNext();
        } catch (RuntimeException e) {
          if (lostRace(e)) {
            continue; // another instance claimed the same document first
          }
          throw e;
        }
        if (claimed.isEmpty()) {
          return;
        }
        ReadingQueue.Claimed doc = claimed.get();
        long start = System.nanoTime();
        TextExtractor.Extraction result =
            text.extractor().extract(doc.bytes(), doc.mediaType(), parsers.executor());
        queue.finish(doc.id(), doc.attempt(), result);
        LOG.info(
            () ->
                "Document "
                    + doc.id()
                    + " read in "
                    + (System.nanoTime() - start) / 1_000_000
                    + " ms: "
                    + (result.reason() == null ? result.outcome() : result.reason()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading documents stopped; the next look tries again", e);
    } finally {
      reading.unlock();
    }
  }
}
