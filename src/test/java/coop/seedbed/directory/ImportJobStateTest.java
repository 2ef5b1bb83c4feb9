package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How an import job reads: its state by the database's clock, its progress and its message. */
class ImportJobStateTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 6, 22, 0, 0, 0, ZoneOffset.UTC);

  private static ImportJobView.Row row(
      String state, OffsetDateTime started, OffsetDateTime finished, OffsetDateTime heartbeat) {
    return new ImportJobView.Row(
        7,
        state,
        "coops.ndjson",
        1000,
        250,
        400,
        300,
        50,
        40,
        10,
        null,
        NOW.minusMinutes(10),
        started,
        finished,
        heartbeat,
        NOW);
  }

  @Nested
  class State {

    @Test
    void aRunningJobWithARecentHeartbeat_isRunning() {
      assertThat(ImportJobState.shown("RUNNING", NOW.minusSeconds(119), NOW))
          .isEqualTo(ImportJobState.RUNNING);
    }

    @Test
    void aRunningJobWhoseHeartbeatStoppedOverTwoMinutesAgo_isInterrupted() {
      assertThat(ImportJobState.shown("RUNNING", NOW.minusSeconds(121), NOW))
          .isEqualTo(ImportJobState.INTERRUPTED);
    }

    @Test
    void aQueuedJobOfAStoppedInstance_isInterruptedToo() {
      assertThat(ImportJobState.shown("QUEUED", NOW.minus(Duration.ofMinutes(3)), NOW))
          .isEqualTo(ImportJobState.INTERRUPTED);
    }

    @Test
    void aFinishedJob_keepsItsStateHoweverOldItsHeartbeat() {
      assertThat(ImportJobState.shown("DONE", NOW.minusDays(30), NOW))
          .isEqualTo(ImportJobState.DONE);
      assertThat(ImportJobState.shown("FAILED", NOW.minusDays(30), NOW))
          .isEqualTo(ImportJobState.FAILED);
    }

    @Test
    void theClocksOfTheDatabase_notOfThisMachine_decide() {
      // A heartbeat "in the future" by this machine's clock is judged against the database's now.
      OffsetDateTime databaseNow = OffsetDateTime.now(ZoneOffset.UTC).plusHours(5);
      assertThat(
              ImportJobState.shown(
                  "RUNNING", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1), databaseNow))
          .isEqualTo(ImportJobState.INTERRUPTED);
    }
  }

  @Nested
  class View {

    @Test
    void anInterruptedJob_saysWhatItDid_andThatImportingAgainFinishesIt() {
      ImportJobView view =
          ImportJobView.from(
              row("RUNNING", NOW.minusMinutes(9), null, NOW.minusMinutes(5)), List.of());
      assertThat(view.state()).isEqualTo("interrupted");
      assertThat(view.linesRead()).isEqualTo(400);
      assertThat(view.created()).isEqualTo(300);
      assertThat(view.message())
          .contains("stopped after 400 lines")
          .contains("stay written")
          .contains("Import the same file again")
          .contains("externalId");
    }

    @Test
    void progress_isTheShareOfTheFileRead_andFullOnceDone() {
      assertThat(
              ImportJobView.from(row("RUNNING", NOW.minusSeconds(10), null, NOW), null).percent())
          .isEqualTo(25);
      assertThat(ImportJobView.from(row("DONE", NOW.minusSeconds(10), NOW, NOW), null).percent())
          .isEqualTo(100);
    }

    @Test
    void linesPerSecond_runsFromTheStartToTheEnd_orToTheLastProgress() {
      assertThat(
              ImportJobView.from(row("DONE", NOW.minusSeconds(10), NOW, NOW), null)
                  .linesPerSecond())
          .isEqualTo(40.0);
      assertThat(
              ImportJobView.from(
                      row("RUNNING", NOW.minusSeconds(20), null, NOW.minusSeconds(4)), null)
                  .linesPerSecond())
          .isEqualTo(25.0);
      assertThat(ImportJobView.from(row("QUEUED", null, null, NOW), null).linesPerSecond())
          .isNull();
    }

    @Test
    void theProblemsKept_areCountedAgainstTheRefused() {
      List<ImportReport.Problem> kept =
          List.of(
              new ImportReport.Problem(3, "website", "Give a web address.", null),
              new ImportReport.Problem(
                  9, "", "A listing for this organisation exists.", "/coops/a"));
      ImportJobView view = ImportJobView.from(row("DONE", NOW.minusSeconds(10), NOW, NOW), kept);
      assertThat(view.problems()).isEqualTo(kept);
      assertThat(view.problemsNotShown()).isEqualTo(8);
      assertThat(ImportJobView.from(row("DONE", NOW, NOW, NOW), null).problemsNotShown()).isNull();
    }

    @Test
    void aJobIsFoundAtItsOwnAddress() {
      assertThat(ImportJobView.from(row("DONE", NOW, NOW, NOW), null).url())
          .isEqualTo("/api/admin/organisations/imports/7");
    }
  }
}
