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
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

  @Inject BatchWriter writer;
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
    Known known = writer.known();
    int[] counts = new int[3];
    int[] refusedCount = new int[1];
    Consumer<ImportReport.Problem> refused =
        problem -> {
          refusedCount[0]++;
          progress.refused(problem);
        };
    int lines = 0;
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
          writeBatch(batch, known, origin, counts, refused, incidents);
          batch.clear();
          progress.batchWritten(lines, counts[0], counts[1], counts[2]);
        }
      }
      writeBatch(batch, known, origin, counts, refused, incidents);
      progress.batchWritten(lines, counts[0], counts[1], counts[2]);
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
      Known known,
      Origin origin,
      int[] counts,
      Consumer<ImportReport.Problem> rejected,
      Map<Class<?>, String> incidents) {
    if (batch.isEmpty()) {
      return;
    }
    known.begin();
    List<ImportReport.Problem> problems = new ArrayList<>();
    try {
      int[] result = writer.write(batch, known, origin, problems);
      known.commit();
      add(counts, result);
      problems.forEach(rejected);
    } catch (RuntimeException e) {
      known.rollback();
      // Something only the database noticed (another request took a slug or website meanwhile),
      // or a fault of ours: the batch was rolled back; write its lines one at a time so that only
      // the culprit is lost, and tell the two apart there.
      LOG.fine(() -> "Import batch failed, retrying line by line: " + e);
      for (Line line : batch) {
        known.begin();
        List<ImportReport.Problem> lineProblems = new ArrayList<>();
        try {
          add(counts, writer.write(List.of(line), known, origin, lineProblems));
          known.commit();
          lineProblems.forEach(rejected);
        } catch (RuntimeException lineFailure) {
          known.rollback();
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

  /**
   * What the database already holds that lines are checked against, kept in memory for the length
   * of one import so that thousands of lines do not each query for duplicates. A batch's changes
   * are journalled and undone if its transaction rolls back: copying the maps for each batch
   * instead cost time in proportion to the directory, so an import slowed as it grew.
   */
  static final class Known {
    final Map<String, Long> byExternalId;

    /** Website key to {slug, id, name key} of each listing with that website. */
    final Map<String, List<String[]>> byWebsite;

    /** Name key and country to {city key, slug, id} of each listing with that name. */
    final Map<String, List<String[]>> byName;

    final Set<String> slugs;

    /** How to undo what the batch being written has changed, latest first. */
    private final Deque<Runnable> undo = new ArrayDeque<>();

    Known(
        Map<String, Long> byExternalId,
        Map<String, List<String[]>> byWebsite,
        Map<String, List<String[]>> byName,
        Set<String> slugs) {
      this.byExternalId = byExternalId;
      this.byWebsite = byWebsite;
      this.byName = byName;
      this.slugs = slugs;
    }

    static String nameKey(String nameKey, String country) {
      return nameKey + "|" + (country == null ? "" : country);
    }

    /** Starts journalling a batch's changes. */
    void begin() {
      undo.clear();
    }

    /** The batch was committed: its changes stay. */
    void commit() {
      undo.clear();
    }

    /** The batch was rolled back: so are its changes here. */
    void rollback() {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
    }

    /** Adds a listing as written by the batch. */
    void remember(Organisation org) {
      if (org.externalId != null) {
        String externalId = org.externalId;
        Long before = byExternalId.put(externalId, org.id);
        undo.push(
            () -> {
              if (before == null) {
                byExternalId.remove(externalId);
              } else {
                byExternalId.put(externalId, before);
              }
            });
      }
      if (org.websiteKey != null) {
        add(
            byWebsite,
            org.websiteKey,
            new String[] {org.slug, String.valueOf(org.id), org.nameKey});
      }
      add(
          byName,
          nameKey(org.nameKey, org.country),
          new String[] {org.cityKey, org.slug, String.valueOf(org.id)});
      String slug = org.slug;
      if (slugs.add(slug)) {
        undo.push(() -> slugs.remove(slug));
      }
    }

    /** Takes a listing's website and name out, before an update may change them. */
    void forget(Organisation org) {
      String id = String.valueOf(org.id);
      if (org.websiteKey != null) {
        remove(byWebsite, org.websiteKey, entry -> entry[1].equals(id));
      }
      remove(byName, nameKey(org.nameKey, org.country), entry -> entry[2].equals(id));
    }

    private void add(Map<String, List<String[]>> map, String key, String[] entry) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      undo.push(() -> map.get(key).remove(entry));
    }

    private void remove(Map<String, List<String[]>> map, String key, Predicate<String[]> which) {
      List<String[]> entries = map.get(key);
      if (entries == null) {
        return;
      }
      List<String[]> removed = entries.stream().filter(which).toList();
      if (!removed.isEmpty()) {
        entries.removeAll(removed);
        undo.push(() -> map.computeIfAbsent(key, k -> new ArrayList<>()).addAll(removed));
      }
    }
  }

  /** Writes batches; a separate bean so that each call is its own transaction. */
  @ApplicationScoped
  static class BatchWriter {

    @PersistenceContext EntityManager em;
    @Inject Organisations organisations;
    @Inject ListingHistory history;
    @Inject Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    Known known() {
      Map<String, Long> byExternalId = new HashMap<>();
      Map<String, List<String[]>> byWebsite = new HashMap<>();
      Map<String, List<String[]>> byName = new HashMap<>();
      Set<String> slugs = new HashSet<>();
      List<Object[]> rows =
          em.createQuery(
                  "select o.id, o.externalId, o.websiteKey, o.nameKey, o.country, o.cityKey, o.slug"
                      + " from Organisation o",
                  Object[].class)
              .getResultList();
      for (Object[] row : rows) {
        String slug = (String) row[6];
        if (row[1] != null) {
          byExternalId.put((String) row[1], (Long) row[0]);
        }
        if (row[2] != null) {
          byWebsite
              .computeIfAbsent((String) row[2], k -> new ArrayList<>())
              .add(new String[] {slug, String.valueOf(row[0]), (String) row[3]});
        }
        byName
            .computeIfAbsent(
                Known.nameKey((String) row[3], (String) row[4]), k -> new ArrayList<>())
            .add(new String[] {(String) row[5], slug, String.valueOf(row[0])});
        slugs.add(slug);
      }
      return new Known(byExternalId, byWebsite, byName, slugs);
    }

    /** Returns {created, updated, unchanged}; duplicates go to {@code problems}. */
    @Transactional(TxType.REQUIRES_NEW)
    int[] write(List<Line> lines, Known known, Origin origin, List<ImportReport.Problem> problems) {
      int[] counts = new int[3];
      OffsetDateTime now = OffsetDateTime.now(clock);
      Map<String, Organisation> existing = new HashMap<>();
      List<String> ids =
          lines.stream()
              .map(l -> l.request().externalId())
              .filter(id -> id != null && known.byExternalId.containsKey(id))
              .toList();
      if (!ids.isEmpty()) {
        em.createQuery(
                "select o from Organisation o where o.externalId in :ids", Organisation.class)
            .setParameter("ids", ids)
            .getResultList()
            .forEach(o -> existing.put(o.externalId, o));
      }
      // Once an organisation maintains its own listing, its edits win over the import source.
      Set<Long> claimed = organisations.claimed(existing.values().stream().map(o -> o.id).toList());
      List<Organisation> created = new ArrayList<>();
      List<Revision> revisions = new ArrayList<>();
      for (Line line : lines) {
        OrganisationRequest request = line.request();
        Organisation org = request.externalId() == null ? null : existing.get(request.externalId());
        Organisation candidate = new Organisation();
        Listings.apply(request, candidate);
        Long self = org == null ? null : org.id;
        String clash = clash(candidate, self, known);
        if (clash != null) {
          problems.add(
              new ImportReport.Problem(
                  line.number(),
                  "",
                  "A listing for this organisation exists already (same website, or same name in"
                      + " the same place).",
                  "/coops/" + clash));
          continue;
        }
        if (org == null) {
          org = candidate;
          org.slug = uniqueSlug(org.name, org.city, known.slugs);
          org.status = OrganisationStatus.PUBLISHED;
          org.origin = origin;
          org.externalId = request.externalId();
          org.sourceNote = Listings.clean(request.source());
          org.createdAt = now;
          org.updatedAt = now;
          org.publishedAt = now;
          org.lastConfirmedAt = line.lastConfirmed() != null ? line.lastConfirmed() : now;
          em.persist(org);
          // Numbered before the insert, so that the row is written once, with its revision.
          revisions.add(
              history.next(
                  org,
                  "Imported" + (org.sourceNote == null ? "" : " from " + org.sourceNote),
                  Revision.Actor.IMPORT,
                  null));
          created.add(org);
          counts[0]++;
        } else if (claimed.contains(org.id)) {
          counts[2]++;
        } else {
          known.forget(org);
          boolean contentChanged = Listings.apply(request, org);
          String source = Listings.clean(request.source());
          boolean sourceChanged = source != null && !source.equals(org.sourceNote);
          if (!contentChanged && !sourceChanged) {
            known.remember(org);
            counts[2]++;
            continue;
          }
          org.sourceNote = source != null ? source : org.sourceNote;
          org.updatedAt = now;
          organisations.writeTags(org);
          revisions.add(history.next(org, "Updated by import", Revision.Actor.IMPORT, null));
          counts[1]++;
        }
        known.remember(org);
      }
      // The batch's new listings go in together (one JDBC batch), before the rows that refer to
      // them: a flush for each listing made an import several times slower.
      if (!created.isEmpty()) {
        em.flush();
        created.forEach(organisations::persistTags);
      }
      history.recordAll(revisions);
      return counts;
    }

    private static String clash(Organisation candidate, Long self, Known known) {
      if (candidate.websiteKey != null) {
        for (String[] other : known.byWebsite.getOrDefault(candidate.websiteKey, List.of())) {
          if ((self == null || !other[1].equals(String.valueOf(self)))
              && Keys.namesOverlap(candidate.nameKey, other[2])) {
            return other[0];
          }
        }
      }
      for (String[] other :
          known.byName.getOrDefault(
              Known.nameKey(candidate.nameKey, candidate.country), List.of())) {
        if ((self == null || !String.valueOf(self).equals(other[2]))
            && (candidate.cityKey == null
                || other[0] == null
                || candidate.cityKey.equals(other[0]))) {
          return other[1];
        }
      }
      return null;
    }

    private static String uniqueSlug(String name, String city, Set<String> taken) {
      return Keys.uniqueSlug(
          name, city, slug -> taken.contains(slug) || ReservedSlugs.SLUGS.contains(slug));
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
