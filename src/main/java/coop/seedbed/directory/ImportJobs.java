package coop.seedbed.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of bulk import jobs and their kept problems, in plain SQL so that every instance reads
 * what the running one wrote last (no entity cache in between). Every time is the database's own
 * ({@code current_timestamp}), so instances with drifting clocks agree on which job went quiet.
 */
@ApplicationScoped
class ImportJobs {

  /** Refused lines kept per job; past this only their number is counted. */
  static final int PROBLEMS_KEPT = 1000;

  /** Jobs listed, newest first. */
  static final int RECENT = 50;

  private static final String COLUMNS =
      "id, state, file_name, bytes_total, bytes_read, lines_read, created_count, updated_count,"
          + " unchanged_count, refused_count, failure, created_at, started_at, finished_at,"
          + " heartbeat_at, current_timestamp";

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  long nextId() {
    return ((Number) em.createNativeQuery("select nextval('import_job_seq')").getSingleResult())
        .longValue();
  }

  @Transactional(TxType.REQUIRES_NEW)
  void create(long id, String instance, String fileName, long bytesTotal) {
    em.createNativeQuery(
            "insert into import_job (id, state, instance_id, file_name, bytes_total, created_at,"
                + " heartbeat_at) values (?1, 'QUEUED', ?2, ?3, ?4, current_timestamp,"
                + " current_timestamp)")
        .setParameter(1, id)
        .setParameter(2, instance)
        .setParameter(3, fileName)
        .setParameter(4, bytesTotal)
        .executeUpdate();
  }

  /** The oldest job queued on this instance. */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Long> nextQueued(String instance) {
    List<?> ids =
        em.createNativeQuery(
                "select id from import_job where instance_id = ?1 and state = 'QUEUED'"
                    + " order by id limit 1")
            .setParameter(1, instance)
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  /** Marks a queued job running; false if it was not queued any more. */
  @Transactional(TxType.REQUIRES_NEW)
  boolean start(long id) {
    return em.createNativeQuery(
                "update import_job set state = 'RUNNING', started_at = current_timestamp,"
                    + " heartbeat_at = current_timestamp where id = ?1 and state = 'QUEUED'")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  /**
   * Records a running job's totals after a batch, with the problems newly kept (numbered from
   * {@code firstOrdinal}), and beats the heart of it and of the jobs queued behind it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  void progress(
      long id,
      String instance,
      long bytesRead,
      int lines,
      int created,
      int updated,
      int unchanged,
      int refused,
      List<ImportReport.Problem> problems,
      int firstOrdinal) {
    em.createNativeQuery(
            "update import_job set bytes_read = ?2, lines_read = ?3, created_count = ?4,"
                + " updated_count = ?5, unchanged_count = ?6, refused_count = ?7,"
                + " heartbeat_at = current_timestamp where id = ?1")
        .setParameter(1, id)
        .setParameter(2, bytesRead)
        .setParameter(3, lines)
        .setParameter(4, created)
        .setParameter(5, updated)
        .setParameter(6, unchanged)
        .setParameter(7, refused)
        .executeUpdate();
    em.createNativeQuery(
            "update import_job set heartbeat_at = current_timestamp"
                + " where instance_id = ?1 and state = 'QUEUED'")
        .setParameter(1, instance)
        .executeUpdate();
    int ordinal = firstOrdinal;
    for (ImportReport.Problem problem : problems) {
      em.createNativeQuery(
              "insert into import_job_problem (job_id, ordinal, line_number, field, reason,"
                  + " existing) values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, id)
          .setParameter(2, ordinal++)
          .setParameter(3, problem.line())
          .setParameter(4, problem.field() == null ? "" : cut(problem.field(), 200))
          .setParameter(5, problem.reason() == null ? "" : cut(problem.reason(), 1000))
          .setParameter(6, cut(problem.existing(), 400))
          .executeUpdate();
    }
  }

  /** Ends a job as done, failed or interrupted; {@code failure} says why it did not finish. */
  @Transactional(TxType.REQUIRES_NEW)
  void finish(long id, ImportJobState state, String failure) {
    em.createNativeQuery(
            "update import_job set state = ?2, failure = ?3, finished_at = current_timestamp,"
                + " heartbeat_at = current_timestamp where id = ?1")
        .setParameter(1, id)
        .setParameter(2, state.name())
        .setParameter(3, cut(failure, 1000))
        .executeUpdate();
  }

  /**
   * Writes the row of a job whose instance stopped mid-way three minutes ago, for a test deployment
   * to show how such a job reads (see {@code TestImportJobsServlet}).
   */
  @Transactional(TxType.REQUIRES_NEW)
  long createAbandoned(int linesRead, int created) {
    long id = nextId();
    em.createNativeQuery(
            "insert into import_job (id, state, instance_id, file_name, bytes_total, bytes_read,"
                + " lines_read, created_count, created_at, started_at, heartbeat_at)"
                + " values (?1, 'RUNNING', 'stopped-instance', 'abandoned.ndjson', 1000000, 1000,"
                + " ?2, ?3, current_timestamp - INTERVAL '5' MINUTE,"
                + " current_timestamp - INTERVAL '4' MINUTE,"
                + " current_timestamp - INTERVAL '3' MINUTE)")
        .setParameter(1, id)
        .setParameter(2, linesRead)
        .setParameter(3, created)
        .executeUpdate();
    return id;
  }

  @Transactional(TxType.REQUIRES_NEW)
  Optional<ImportJobView> find(long id) {
    List<?> rows =
        em.createNativeQuery("select " + COLUMNS + " from import_job where id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<ImportReport.Problem> problems = new ArrayList<>();
    for (Object found :
        em.createNativeQuery(
                "select line_number, field, reason, existing from import_job_problem"
                    + " where job_id = ?1 order by line_number, ordinal")
            .setParameter(1, id)
            .getResultList()) {
      Object[] p = (Object[]) found;
      problems.add(
          new ImportReport.Problem(
              ((Number) p[0]).intValue(), (String) p[1], (String) p[2], (String) p[3]));
    }
    return Optional.of(ImportJobView.from(row((Object[]) rows.get(0)), problems));
  }

  /** The newest jobs first, without their problems. */
  @Transactional(TxType.REQUIRES_NEW)
  List<ImportJobView> recent(int limit) {
    List<ImportJobView> jobs = new ArrayList<>();
    for (Object found :
        em.createNativeQuery("select " + COLUMNS + " from import_job order by id desc limit ?1")
            .setParameter(1, limit)
            .getResultList()) {
      jobs.add(ImportJobView.from(row((Object[]) found), null));
    }
    return jobs;
  }

  private static ImportJobView.Row row(Object[] r) {
    return new ImportJobView.Row(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).longValue(),
        ((Number) r[4]).longValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).intValue(),
        ((Number) r[7]).intValue(),
        ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(),
        (String) r[10],
        time(r[11]),
        time(r[12]),
        time(r[13]),
        time(r[14]),
        time(r[15]));
  }

  /** A time from the database, as H2 or the PostgreSQL driver hands it over. */
  static OffsetDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp time) {
      return time.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Instant time) {
      return time.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected database time " + value.getClass().getName());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
