package coop.seedbed.directory;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A bulk import job as staff see it: its state, how far it got, what it did and the first refused
 * lines (at most {@link ImportJobs#PROBLEMS_KEPT}, with how many more were refused than are shown).
 * In a list of jobs {@code problems} and {@code problemsNotShown} are left out.
 */
public record ImportJobView(
    long id,
    String url,
    String state,
    String message,
    String fileName,
    long bytesRead,
    long bytesTotal,
    int percent,
    int linesRead,
    int created,
    int updated,
    int unchanged,
    int refused,
    List<ImportReport.Problem> problems,
    Integer problemsNotShown,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    OffsetDateTime lastProgressAt,
    Double linesPerSecond) {

  /** The job's row as {@link ImportJobs} reads it, with the database's time of reading. */
  record Row(
      long id,
      String state,
      String fileName,
      long bytesTotal,
      long bytesRead,
      int linesRead,
      int created,
      int updated,
      int unchanged,
      int refused,
      String failure,
      OffsetDateTime createdAt,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      OffsetDateTime heartbeatAt,
      OffsetDateTime databaseNow) {}

  static ImportJobView from(Row row, List<ImportReport.Problem> problems) {
    ImportJobState state = ImportJobState.shown(row.state(), row.heartbeatAt(), row.databaseNow());
    int percent;
    if (state == ImportJobState.DONE || row.bytesTotal() == 0) {
      percent = state == ImportJobState.DONE ? 100 : 0;
    } else {
      percent = (int) Math.min(100, row.bytesRead() * 100 / row.bytesTotal());
    }
    return new ImportJobView(
        row.id(),
        "/api/admin/organisations/imports/" + row.id(),
        state.json(),
        message(state, row),
        row.fileName(),
        row.bytesRead(),
        row.bytesTotal(),
        percent,
        row.linesRead(),
        row.created(),
        row.updated(),
        row.unchanged(),
        row.refused(),
        problems,
        problems == null ? null : row.refused() - problems.size(),
        row.createdAt(),
        row.startedAt(),
        row.finishedAt(),
        row.startedAt() == null ? null : row.heartbeatAt(),
        linesPerSecond(row));
  }

  /** Lines read over the time from the start to the end, or to the last progress while running. */
  static Double linesPerSecond(Row row) {
    if (row.startedAt() == null) {
      return null;
    }
    OffsetDateTime until = row.finishedAt() != null ? row.finishedAt() : row.heartbeatAt();
    long millis = Duration.between(row.startedAt(), until).toMillis();
    if (millis <= 0) {
      return null;
    }
    return Math.round(row.linesRead() * 10_000.0 / millis) / 10.0;
  }

  static String message(ImportJobState state, Row row) {
    return switch (state) {
      case QUEUED -> "Waiting for the import before it on the same server to finish.";
      case RUNNING ->
          "Writing listings: "
              + row.linesRead()
              + " lines read so far. Each batch of lines is stored as soon as it is read.";
      case DONE ->
          "Done: "
              + row.created()
              + " created, "
              + row.updated()
              + " updated, "
              + row.unchanged()
              + " unchanged, "
              + row.refused()
              + " lines refused.";
      case FAILED ->
          (row.failure() == null ? "The import stopped on a fault." : row.failure())
              + " The listings written before it stay written; fix the cause and import the same"
              + " file again.";
      case INTERRUPTED ->
          "The server running this import stopped after "
              + row.linesRead()
              + " lines. The listings it wrote stay written. Import the same file again to finish:"
              + " lines with an externalId update their own listing rather than adding another,"
              + " so those already written are counted as unchanged.";
    };
  }
}
