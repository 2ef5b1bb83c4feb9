package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.LogRecords;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An import tells a clash with another request apart from a fault of Seedbed's own. */
class ImportServiceTest {

  private static final String LINES =
      """
      {"name": "Example Co-op", "kind": "worker", "country": "GB"}
      {"name": "Other Co-op", "kind": "worker", "country": "FR"}
      """;

  private final LogRecords log = LogRecords.of(ImportService.class);

  @AfterEach
  void stopListening() {
    log.close();
  }

  /** What a test's batch writer does with each batch. */
  @FunctionalInterface
  private interface Writes {
    int[] write(List<ImportService.Line> lines);
  }

  /** An import over an empty directory whose batches go to {@code writes}. */
  private static ImportService importWriting(Writes writes) {
    ImportService service = new ImportService();
    service.validator = Validation.buildDefaultValidatorFactory().getValidator();
    service.writer =
        new ImportBatchWriter() {
          @Override
          void analyse() {}

          @Override
          int[] write(
              List<ImportService.Line> lines, Origin origin, List<ImportReport.Problem> problems) {
            return writes.write(lines);
          }
        };
    return service;
  }

  /** A writer whose every write fails as given. */
  private static ImportService importFailingWith(RuntimeException failure) {
    return importWriting(
        lines -> {
          throw failure;
        });
  }

  private static ImportReport run(ImportService service) {
    return service.run(
        new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)), Origin.IMPORTED);
  }

  @Test
  void aFaultOfOurOwn_isNotCalledAClash_andIsLoggedOnceWithItsTraceAndTheIdShown() {
    ImportReport report = run(importFailingWith(new NullPointerException("a bug")));

    assertThat(report.rejected()).hasSize(2);
    assertThat(report.rejected())
        .allSatisfy(p -> assertThat(p.reason()).doesNotContain("clashes").contains("incident"));
    List<LogRecord> severe = log.atLeast(Level.SEVERE);
    assertThat(severe).hasSize(1);
    assertThat(severe.get(0).getThrown()).isInstanceOf(NullPointerException.class);
    String id = severe.get(0).getMessage().replaceAll(".*incident ", "");
    assertThat(report.rejected().get(0).reason()).contains(id);
  }

  @Test
  void aListingSavedAtTheSameMoment_isStillAClash_andNoIncident() {
    ImportReport report =
        run(importFailingWith(new PersistenceException(new SQLException("duplicate", "23505"))));

    assertThat(report.rejected()).allSatisfy(p -> assertThat(p.reason()).contains("clashes"));
    assertThat(log.atLeast(Level.WARNING)).isEmpty();
  }

  @Test
  void aJobIsToldOfEachRefusedLine_andOfTheTotalsAfterEveryBatch() {
    ImportService service = importWriting(lines -> new int[] {lines.size(), 0, 0});
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= ImportService.BATCH * 2 + 5; i++) {
      body.append(i == 7 ? "not json" : "{\"name\": \"Co-op " + i + "\", \"kind\": \"worker\"}")
          .append('\n');
    }
    List<ImportReport.Problem> refused = new java.util.ArrayList<>();
    List<int[]> batches = new java.util.ArrayList<>();
    service.run(
        new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
        Origin.IMPORTED,
        new ImportService.Progress() {
          @Override
          public void refused(ImportReport.Problem problem) {
            refused.add(problem);
          }

          @Override
          public void batchWritten(int lines, int created, int updated, int unchanged) {
            batches.add(new int[] {lines, created});
          }
        });

    assertThat(refused).extracting(ImportReport.Problem::line).containsExactly(7);
    // Two full batches (the refused line is in neither count), then the rest at the end.
    assertThat(batches).extracting(b -> b[1]).containsExactly(50, 100, 104);
    assertThat(batches.get(batches.size() - 1)[0]).isEqualTo(105);
  }
}
