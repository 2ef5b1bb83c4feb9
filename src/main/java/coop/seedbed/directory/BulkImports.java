package coop.seedbed.directory;

import coop.seedbed.accounts.Caller;
import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.Incidents;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk imports as jobs. The instance that receives a body keeps it as a file under the data
 * directory and writes its lines on a thread of its own, one job at a time, through {@link
 * ImportService} (so the duplicate rules, validation, history and change log are those of every
 * import); the job's row, updated after each batch, lets any instance answer for it. A job whose
 * instance stops is not taken over: its file is on that instance only, and the lines it wrote stay
 * written, so importing the same file again finishes it.
 */
@ApplicationScoped
public class BulkImports {

  private static final Logger LOG = Logger.getLogger(BulkImports.class.getName());

  /** Nothing is queued without a wake; the interval only catches a wake lost in a race. */
  private static final Duration POLL = Duration.ofSeconds(30);

  @Inject ImportService importer;
  @Inject ImportJobs jobs;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.data.dir")
  String dataDir;

  /** This instance for as long as it runs: jobs queued here are run here. */
  private final String instance = UUID.randomUUID().toString();

  private final WakeableLoop loop = new WakeableLoop();
  private volatile boolean stopping;

  void start(@Observes SchemaReady ready) {
    // Bodies left by an earlier run of this instance: their jobs read as interrupted, and cannot
    // be resumed (the lines they wrote are not marked), so the files are only in the way.
    Path dir = directory();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.ndjson")) {
        for (Path file : files) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        LOG.warning(() -> "Could not clear " + dir + ": " + e.getMessage());
      }
    }
    loop.start(threads, "seedbed-import", POLL, this::runQueued);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    loop.stop();
  }

  /**
   * Stores a body of lines for staff and queues its import; a body larger than {@code
   * seedbed.directory.import-max-bytes} is refused (413) before a job or any listing is stored.
   */
  public ImportJobView submit(Caller caller, InputStream body, String fileName) {
    caller.requireStaff();
    long id = jobs.nextId();
    Path file = file(id);
    try {
      Files.createDirectories(file.getParent());
      long size = importer.copyLimited(body, file);
      jobs.create(id, instance, fileName == null ? null : clean(fileName), size);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
    loop.wake();
    return jobs.find(id).orElseThrow();
  }

  public ImportJobView job(Caller caller, long id) {
    caller.requireStaff();
    return jobs.find(id).orElseThrow(() -> new NotFoundException("No import job " + id + "."));
  }

  public Optional<ImportJobView> findJob(Caller caller, long id) {
    caller.requireStaff();
    return jobs.find(id);
  }

  /** The most recent jobs, newest first, without their refused lines. */
  public List<ImportJobView> recent(Caller caller) {
    caller.requireStaff();
    return jobs.recent(ImportJobs.RECENT);
  }

  /** The largest body taken, for the page to say. */
  public long maxBytes() {
    return importer.maxBytes();
  }

  private void runQueued() {
    try {
      Optional<Long> next;
      while (!stopping && (next = jobs.nextQueued(instance)).isPresent()) {
        run(next.get());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Import jobs stopped; the next look tries again", e);
    }
  }

  private void run(long id) {
    if (!jobs.start(id)) {
      return;
    }
    Path file = file(id);
    try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
      importer.run(in, Origin.IMPORTED, new JobProgress(id, in));
      jobs.finish(id, ImportJobState.DONE, null);
    } catch (Stopped e) {
      jobs.finish(
          id, ImportJobState.INTERRUPTED, "The server was stopped while the import was running.");
    } catch (IOException | RuntimeException e) {
      if (stopping) {
        // Going down interrupts this thread, which may surface as any fault in the middle of a
        // batch; the job was stopped, not broken.
        jobs.finish(
            id, ImportJobState.INTERRUPTED, "The server was stopped while the import was running.");
        return;
      }
      String incident = Incidents.log(LOG, "Import job " + id + " failed", e);
      jobs.finish(
          id,
          ImportJobState.FAILED,
          "The import stopped on a fault on our side; tell us incident " + incident + ".");
    } finally {
      delete(file);
    }
  }

  /** Keeps the first refused lines and writes the totals once a batch. */
  private final class JobProgress implements ImportService.Progress {
    private final long id;
    private final CountingStream in;
    private final List<ImportReport.Problem> fresh = new ArrayList<>();
    private int kept;
    private int refused;

    JobProgress(long id, CountingStream in) {
      this.id = id;
      this.in = in;
    }

    @Override
    public void refused(ImportReport.Problem problem) {
      refused++;
      if (kept + fresh.size() < ImportJobs.PROBLEMS_KEPT) {
        fresh.add(problem);
      }
    }

    @Override
    public void batchWritten(int lines, int created, int updated, int unchanged) {
      jobs.progress(
          id, instance, in.count(), lines, created, updated, unchanged, refused, fresh, kept);
      kept += fresh.size();
      fresh.clear();
      if (stopping) {
        throw new Stopped();
      }
    }
  }

  /** Thrown between batches when the instance is going down. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /** Counts the bytes read from the body's file, for the progress bar. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    long count() {
      return count;
    }
  }

  private Path directory() {
    return Path.of(dataDir, "imports");
  }

  private Path file(long id) {
    return directory().resolve(id + ".ndjson");
  }

  private static String clean(String fileName) {
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    String printable = name.replaceAll("\\p{Cntrl}", "").strip();
    if (printable.isEmpty()) {
      return null;
    }
    return printable.length() > 300 ? printable.substring(0, 300) : printable;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
    }
  }
}
