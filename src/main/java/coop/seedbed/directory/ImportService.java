package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.database.SqlStates;
import coop.seedbed.shared.Incidents;
import coop.seedbed.shared.TooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk import of listings, one JSON object a line in the DESIGN field names plus an optional {@code
 * externalId}, {@code source} and {@code lastConfirmed} (the date the source last checked the
 * record). A line with the same {@code externalId} as before updates that listing. A bad line is
 * reported with its number and reason and nothing of it is stored; the good lines go in, in
 * batches, each batch in its own transaction. Imported listings are published, unclaimed. Staff
 * imports run as jobs in the background ({@link BulkImports}); the sample content is imported in
 * the caller's thread.
 */
@ApplicationScoped
public class ImportService {

  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
  // Lines a transaction. A batch's new listings are flushed together, so its cost grows with its
  // size, not its square as with a flush a line; 200 a batch was no faster than 50 (about 1,500
  // lines a second either way, DirectoryBenchmark on PostgreSQL), and a failed batch is written
  // again line by line, which a small batch keeps short.
  static final int BATCH = 50;
  // New listings between refreshes of the database's statistics (QueryPlans#analyse).
  static final int ANALYSE_EVERY = 20_000;

  @Inject ImportBatchWriter writer;
  @Inject Validator validator;

  @Inject
  @ConfigProperty(name = "seedbed.directory.import-max-bytes")
  long maxBytes;

  /** A line that passed its own checks, waiting for its batch. */
  record Line(int number, OrganisationRequest request, OffsetDateTime lastConfirmed) {}

  /** What a running import tells its job: each refused line, and the totals after each batch. */
  interface Progress {
    Progress NONE =
        new Progress() {
          @Override
          public void refused(ImportReport.Problem problem) {}

          @Override
          public void batchWritten(int lines, int created, int updated, int unchanged) {}
        };

    void refused(ImportReport.Problem problem);

    /** Called after each batch with the totals so far; {@code lines} counts every line read. */
    void batchWritten(int lines, int created, int updated, int unchanged);
  }

  /**
   * Copies a body of lines to {@code file}, refusing one larger than {@code
   * seedbed.directory.import-max-bytes} (413) before any of it is stored; returns its length.
   */
  long copyLimited(InputStream body, Path file) {
    try (InputStream limited = new LimitedStream(body, maxBytes)) {
      return Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Imports lines from a source Seedbed trusts (its own sample content), in this thread. */
  ImportReport run(InputStream body, Origin origin) {
    List<ImportReport.Problem> rejected = new ArrayList<>();
    int[] totals = new int[4];
    run(
        body,
        origin,
        new Progress() {
          @Override
          public void refused(ImportReport.Problem problem) {
            rejected.add(problem);
          }

          @Override
          public void batchWritten(int lines, int created, int updated, int unchanged) {
            totals[0] = lines;
            totals[1] = created;
            totals[2] = updated;
            totals[3] = unchanged;
          }
        });
    rejected.sort(Comparator.comparingInt(ImportReport.Problem::line));
    return new ImportReport(totals[0], totals[1], totals[2], totals[3], List.copyOf(rejected));
  }

  /**
   * Imports lines, telling {@code progress} of every refused line and of the totals after each
   * batch (and once more at the end).
   */
  void run(InputStream body, Origin origin, Progress progress) {
    int[] counts = new int[3];
    int[] refusedCount = new int[1];
    Consumer<ImportReport.Problem> refused =
        problem -> {
          refusedCount[0]++;
          progress.refused(problem);
        };
    int lines = 0;
    int analysedAt = 0;
    List<Line> batch = new ArrayList<>(BATCH);
    Map<Class<?>, String> incidents = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String text;
      while ((text = reader.readLine()) != null) {
        lines++;
        if (text.isBlank()) {
          continue;
        }
        Line line = parse(lines, text, refused);
        if (line != null) {
          batch.add(line);
        }
        if (batch.size() == BATCH) {
          writeBatch(batch, origin, counts, refused, incidents);
          batch.clear();
          progress.batchWritten(lines, counts[0], counts[1], counts[2]);
          if (counts[0] - analysedAt >= ANALYSE_EVERY) {
            analyse();
            analysedAt = counts[0];
          }
        }
      }
      writeBatch(batch, origin, counts, refused, incidents);
      progress.batchWritten(lines, counts[0], counts[1], counts[2]);
      if (counts[0] > analysedAt) {
        analyse();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int read = lines;
    LOG.info(
        () ->
            "Import of "
                + origin
                + " listings: "
                + read
                + " lines, "
                + counts[0]
                + " created, "
                + counts[1]
                + " updated, "
                + counts[2]
                + " unchanged, "
                + refusedCount[0]
                + " lines refused");
  }

  /** Statistics help the import's own lookups; without them it goes on, only slower. */
  private void analyse() {
    try {
      writer.analyse();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Could not refresh the directory's statistics during an import: " + e);
    }
  }

  private Line parse(int number, String text, Consumer<ImportReport.Problem> rejected) {
    JsonObject json;
    try (var reader = JSON.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        rejected.accept(
            new ImportReport.Problem(number, "", "The line is not a JSON object.", null));
        return null;
      }
      json = value.asJsonObject();
    } catch (JsonParsingException e) {
      rejected.accept(
          new ImportReport.Problem(
              number, "", "The line is not valid JSON: " + e.getMessage(), null));
      return null;
    } catch (RuntimeException e) {
      rejected.accept(new ImportReport.Problem(number, "", "The line is not valid JSON.", null));
      return null;
    }
    try {
      OrganisationRequest request =
          Listings.fromJson(
              json, Listings.string(json, "externalId"), Listings.string(json, "source"));
      Set<ConstraintViolation<OrganisationRequest>> violations = validator.validate(request);
      if (!violations.isEmpty()) {
        ConstraintViolation<OrganisationRequest> first =
            violations.stream()
                .min(
                    Comparator.comparing(
                        (ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .orElseThrow();
        rejected.accept(
            new ImportReport.Problem(
                number, first.getPropertyPath().toString(), first.getMessage(), null));
        return null;
      }
      return new Line(number, request, lastConfirmed(json));
    } catch (Listings.WrongType e) {
      rejected.accept(new ImportReport.Problem(number, e.field, e.getMessage(), null));
      return null;
    } catch (DateTimeParseException e) {
      rejected.accept(
          new ImportReport.Problem(
              number, "lastConfirmed", "Give lastConfirmed as a date such as 2025-06-30.", null));
      return null;
    }
  }

  private static OffsetDateTime lastConfirmed(JsonObject json) {
    String date = Listings.string(json, "lastConfirmed");
    return date == null
        ? null
        : LocalDate.parse(date.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private void writeBatch(
      List<Line> batch,
      Origin origin,
      int[] counts,
      Consumer<ImportReport.Problem> rejected,
      Map<Class<?>, String> incidents) {
    if (batch.isEmpty()) {
      return;
    }
    List<ImportReport.Problem> problems = new ArrayList<>();
    try {
      add(counts, writer.write(batch, origin, problems));
      problems.forEach(rejected);
    } catch (RuntimeException e) {
      // Something only the database noticed (another request took a slug or website meanwhile),
      // or a fault of ours: the batch was rolled back; write its lines one at a time so that only
      // the culprit is lost, and tell the two apart there.
      LOG.fine(() -> "Import batch failed, retrying line by line: " + e);
      for (Line line : batch) {
        List<ImportReport.Problem> lineProblems = new ArrayList<>();
        try {
          add(counts, writer.write(List.of(line), origin, lineProblems));
          lineProblems.forEach(rejected);
        } catch (RuntimeException lineFailure) {
          rejected.accept(
              new ImportReport.Problem(line.number(), "", reason(lineFailure, incidents), null));
        }
      }
    }
  }

  /**
   * Why a line could not be written: a clash when the database refused it as a duplicate, else a
   * fault of ours, logged once with its trace for the whole import (the same fault usually fails
   * every line after it) under an incident id that the report shows.
   */
  private static String reason(RuntimeException failure, Map<Class<?>, String> incidents) {
    if (SqlStates.isUniqueViolation(failure) || isOptimisticLock(failure)) {
      return "It clashes with a listing saved at the same moment; import it again.";
    }
    String incident =
        incidents.computeIfAbsent(
            failure.getClass(),
            kind -> Incidents.log(LOG, "Import could not write a line", failure));
    return "Seedbed could not store this line because of a fault on our side; tell us incident "
        + incident
        + ".";
  }

  private static boolean isOptimisticLock(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private static void add(int[] counts, int[] result) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += result[i];
    }
  }

  /** Counts bytes as they are read and stops past the limit, whatever Content-Length claimed. */
  static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        throw new TooLargeException(
            "The import is larger than " + (limit >> 20) + " MiB; split it into smaller files.");
      }
    }
  }
}
