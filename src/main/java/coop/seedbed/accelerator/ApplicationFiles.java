package coop.seedbed.accelerator;

import coop.seedbed.database.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files teams attach to answers, and the text Tika read from them. Plain SQL, so that the bytes
 * are read only when someone downloads them. A file is read by one instance at a time: its claim is
 * a conditional update on its status and attempt count.
 */
@ApplicationScoped
class ApplicationFiles {

  static final String WAITING = "WAITING";
  static final String READING = "READING";
  static final String READY = "READY";
  static final String FAILED = "FAILED";

  /** A file without its bytes. */
  record Stored(
      long applicationId,
      long questionId,
      String fileName,
      String mediaType,
      long size,
      String status,
      String reason,
      OffsetDateTime uploadedAt) {}

  /** A file claimed for reading: the attempt it is, and its bytes. */
  record Claimed(
      long applicationId, long questionId, int attempt, String mediaType, byte[] bytes) {}

  @PersistenceContext EntityManager em;

  /** Replaces the file of an answer; its text is read again. */
  void store(
      long applicationId,
      long questionId,
      String fileName,
      String mediaType,
      byte[] bytes,
      OffsetDateTime now) {
    delete(applicationId, questionId);
    em.createNativeQuery(
            "insert into application_file (application_id, question_id, file_name, media_type,"
                + " size_bytes, content, status, attempts, uploaded_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8)")
        .setParameter(1, applicationId)
        .setParameter(2, questionId)
        .setParameter(3, fileName)
        .setParameter(4, mediaType)
        .setParameter(5, (long) bytes.length)
        .setParameter(6, bytes)
        .setParameter(7, WAITING)
        .setParameter(8, now)
        .executeUpdate();
  }

  void delete(long applicationId, long questionId) {
    em.createNativeQuery(
            "delete from application_file where application_id = ?1 and question_id = ?2")
        .setParameter(1, applicationId)
        .setParameter(2, questionId)
        .executeUpdate();
  }

  List<Stored> of(long applicationId) {
    List<Stored> files = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select application_id, question_id, file_name, media_type, size_bytes, status,"
                    + " reason, uploaded_at from application_file where application_id = ?1"
                    + " order by question_id")
            .setParameter(1, applicationId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      files.add(
          new Stored(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue(),
              (String) r[5],
              (String) r[6],
              NativeValues.utc(r[7])));
    }
    return files;
  }

  Optional<byte[]> content(long applicationId, long questionId) {
    return em.createNativeQuery(
            "select content from application_file where application_id = ?1 and question_id = ?2")
        .setParameter(1, applicationId)
        .setParameter(2, questionId)
        .getResultStream()
        .findFirst()
        .map(bytes -> (byte[]) bytes);
  }

  /** The text read from the file, when it has been. */
  Optional<String> text(long applicationId, long questionId) {
    return em.createNativeQuery(
            "select body from application_file where application_id = ?1 and question_id = ?2"
                + " and status = ?3")
        .setParameter(1, applicationId)
        .setParameter(2, questionId)
        .setParameter(3, READY)
        .getResultStream()
        .findFirst()
        .map(NativeValues::text);
  }

  /**
   * Claims one file waiting to be read, or one whose reader has been gone for {@code stale}; empty
   * when there is none, or when another instance claimed it first (the caller asks again).
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Claimed> claimNext(OffsetDateTime now, OffsetDateTime stale) {
    List<?> rows =
        em.createNativeQuery(
                "select application_id, question_id, attempts from application_file"
                    + " where (status = ?1 or (status = ?2 and claimed_at < ?3)) and attempts < 3"
                    + " order by uploaded_at")
            .setParameter(1, WAITING)
            .setParameter(2, READING)
            .setParameter(3, stale)
            .setMaxResults(1)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    long applicationId = ((Number) r[0]).longValue();
    long questionId = ((Number) r[1]).longValue();
    int attempts = ((Number) r[2]).intValue();
    int claimed =
        em.createNativeQuery(
                "update application_file set status = ?1, attempts = attempts + 1, claimed_at = ?2"
                    + " where application_id = ?3 and question_id = ?4 and attempts = ?5")
            .setParameter(1, READING)
            .setParameter(2, now)
            .setParameter(3, applicationId)
            .setParameter(4, questionId)
            .setParameter(5, attempts)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    Object[] file =
        (Object[])
            em.createNativeQuery(
                    "select media_type, content from application_file"
                        + " where application_id = ?1 and question_id = ?2")
                .setParameter(1, applicationId)
                .setParameter(2, questionId)
                .getSingleResult();
    return Optional.of(
        new Claimed(applicationId, questionId, attempts + 1, (String) file[0], (byte[]) file[1]));
  }

  /** Stores what reading gave, unless the file was replaced meanwhile. */
  @Transactional(TxType.REQUIRES_NEW)
  void finish(
      long applicationId, long questionId, int attempt, boolean read, String text, String reason) {
    em.createNativeQuery(
            "update application_file set status = ?1, body = ?2, reason = ?3"
                + " where application_id = ?4 and question_id = ?5 and status = ?6"
                + " and attempts = ?7")
        .setParameter(1, read ? READY : FAILED)
        .setParameter(2, read ? text : null)
        .setParameter(3, reason)
        .setParameter(4, applicationId)
        .setParameter(5, questionId)
        .setParameter(6, READING)
        .setParameter(7, attempt)
        .executeUpdate();
  }
}
