package coop.seedbed.directory;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.TooLargeException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /coops/imports}: staff upload a file of listings, one JSON object a line, and follow the
 * import jobs. The page refreshes itself only when asked to ({@code ?watch=true}, while a job
 * runs), since a page that reloads on its own moves a screen reader's place; otherwise a link does.
 */
@Named
@RequestScoped
public class ImportPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

  @Inject BulkImports imports;
  @Inject CurrentCaller caller;

  private Part file;
  private Long job;
  private boolean watch;
  private List<ImportJobView> jobs;
  private Optional<ImportJobView> selected;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/coops/imports");
    }
    if (!caller.isStaff()) {
      Pages.notFound();
    }
    return null;
  }

  public String upload() {
    ImportJobView[] started = new ImportJobView[1];
    if (!Pages.attempt(() -> started[0] = submit(), "file")) {
      return null;
    }
    Pages.notice(
        "The file is stored and import "
            + started[0].id()
            + " has started; this page shows how far it got.");
    return Pages.redirect("/coops/imports?job=" + started[0].id());
  }

  private ImportJobView submit() {
    if (file == null || file.getSize() == 0) {
      throw new InvalidInputException("file", "Choose a file with at least one line to import.");
    }
    try (InputStream in = file.getInputStream()) {
      return imports.submit(caller.get(), in, file.getSubmittedFileName());
    } catch (TooLargeException e) {
      // Said beside the file field, where the person will look.
      throw new InvalidInputException("file", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<ImportJobView> getJobs() {
    if (jobs == null) {
      jobs = imports.recent(caller.get()).stream().limit(20).toList();
    }
    return jobs;
  }

  /** The job whose refused lines are shown: the one asked for, else the newest. */
  public ImportJobView getSelected() {
    if (selected == null) {
      Long id =
          job != null ? job : getJobs().stream().findFirst().map(ImportJobView::id).orElse(null);
      selected = id == null ? Optional.empty() : imports.findJob(caller.get(), id);
    }
    return selected.orElse(null);
  }

  /** Whether a job is still queued or running, so that refreshing is worth offering. */
  public boolean isRunning() {
    return getJobs().stream()
        .anyMatch(j -> j.state().equals("queued") || j.state().equals("running"));
  }

  public boolean isRefreshing() {
    return watch && isRunning();
  }

  public String getMaxSize() {
    return (imports.maxBytes() >> 20) + " MiB";
  }

  public String time(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time);
  }

  public String getNow() {
    return TIME.format(OffsetDateTime.now(java.time.ZoneOffset.UTC));
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getJob() {
    return job;
  }

  public void setJob(Long job) {
    this.job = job;
  }

  public boolean isWatch() {
    return watch;
  }

  public void setWatch(boolean watch) {
    this.watch = watch;
  }
}
