package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.seedbed.testing.Client;
import coop.seedbed.testing.Mailbox;
import coop.seedbed.testing.People;
import coop.seedbed.testing.SeedbedWar;
import coop.seedbed.testing.SharedCoops;
import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Load;
import coop.seedbed.testing.bench.ProcessCpu;
import coop.seedbed.testing.bench.Report;
import coop.seedbed.testing.bench.ServerMemory;
import coop.seedbed.testing.bench.SyntheticCoops;
import coop.seedbed.testing.bench.Wrk;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The search benchmark (run with SEEDBED_DB_URL, SEEDBED_DB_USER and SEEDBED_DB_PASSWORD pointing
 * at PostgreSQL: {@code ./mvnw -Pbench verify -Dit.test=SearchBenchmark}): made-up listings
 * modelled on the real records are written straight into the database at 10,000, 100,000 and
 * 1,000,000 (or {@code -Dit.search.sizes}); at each size the index is rebuilt (its rate measured)
 * and 16 clients search over HTTP. Beside it, in the same run: a plain Lucene query over the same
 * index served over HTTP ({@link RawLucene}, the yardstick Seedbed's speed is a ratio of), and
 * PostgreSQL full-text search answering the same queries over the same rows from 16 connections.
 */
@ExtendWith(ArquillianExtension.class)
class SearchBenchmark {

  /** The sizes measured, in turn; {@code -Dit.search.sizes=10000,100000} for fewer. */
  static final int[] SIZES =
      java.util.Arrays.stream(
              System.getProperty("it.search.sizes", "10000,100000,1000000").split(","))
          .mapToInt(s -> Integer.parseInt(s.strip()))
          .toArray();

  static final int CLIENTS = 16;
  static final int SECONDS = 20;

  /**
   * Seconds of load before each measured run. The first run follows the deployment, and with 5 s
   * its figures were still those of code not yet compiled by the JIT. With 15 s the JIT compilers
   * still took 14% of the yardstick's processor time while it was counted, 0% with 30 s (Seedbed's
   * server: 15% either way, recompiling what it had to give up).
   */
  static final int WARMUP = 30;

  static final long FIRST_ID = 50_000_000L;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return SeedbedWar.build();
  }

  @BeforeAll
  static void startMailServer() {
    Mailbox.start();
  }

  static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getenv("SEEDBED_DB_URL"),
        System.getenv("SEEDBED_DB_USER"),
        System.getenv("SEEDBED_DB_PASSWORD"));
  }

  @Test
  void indexBuildAndQueryLatency() throws Exception {
    assumeTrue(
        Report.database().equals("PostgreSQL"),
        "the search benchmark writes its rows with PostgreSQL's COPY");
    SyntheticCoops generator =
        new SyntheticCoops(SharedCoops.seedbedLines(SharedData.require("coops/coops.jsonl")));
    List<String> queries = generator.queries(500, 7);
    List<String> report = new ArrayList<>();
    int cacheSize = Integer.getInteger("it.search.result-cache-size", 2000);
    report.add(
        "Search benchmark on PostgreSQL, "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + CLIENTS
            + " clients, "
            + SECONDS
            + " s per run, "
            + queries.size()
            + " queries in turn ("
            + new java.util.HashSet<>(queries).size()
            + " distinct), result cache "
            + (cacheSize > 0 ? cacheSize + " answers" : "off")
            + ", server JVM "
            + System.getProperty("it.jvm.options", "as shipped"));
    boolean wrk = Wrk.available();
    List<String> paths =
        queries.stream()
            .map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
            .toList();
    String staticFile = "/static/seedbed.css";
    Load.Result baseline =
        wrk
            ? Wrk.run("static", base, CLIENTS, WARMUP, SECONDS, List.of(staticFile))
            : Load.run("static", base, CLIENTS, WARMUP, SECONDS, n -> staticFile);
    report.add(
        String.format(
            Locale.ROOT,
            "Load from %s; the static file was measured once, before the first size.",
            wrk ? "wrk (2 threads, " + CLIENTS + " connections)" : "Java's HTTP client"));
    int written = 0;
    try (Connection db = database()) {
      for (int size : SIZES) {
        written += write(db, generator.generate(FIRST_ID + written, size - written, size), written);
        written = size;
        try (Statement statement = db.createStatement()) {
          // What autovacuum would do soon after a bulk load; without it the planner guesses.
          statement.execute("analyze organisation");
          statement.execute("analyze organisation_tag");
        }
        long documents = countPublished(db);

        Rebuild rebuild = rebuild(base);

        // Uncached: every request asks for a fresh answer (Cache-Control: no-cache), so this row
        // measures search itself; cached: the same queries answered from the kept answers.
        // Where each one's processor time went while it was counted: the server's threads for
        // Seedbed, this JVM's for the yardsticks (which answer from it).
        long server = ServerMemory.serverPid(System.getProperty("it.data.dir")).orElseThrow();
        ProcessCpu uncachedCpu = new ProcessCpu(server);
        ProcessCpu cachedCpu = new ProcessCpu(server);
        ProcessCpu rawCpu = new ProcessCpu(ProcessHandle.current().pid());
        ProcessCpu rawSeedbedsCpu = new ProcessCpu(ProcessHandle.current().pid());
        Load.Result uncached =
            seedbed(
                "seedbed-uncached", wrk, paths, Map.of("Cache-Control", "no-cache"), uncachedCpu);
        Load.Result cached =
            cacheSize > 0 ? seedbed("seedbed-cached", wrk, paths, Map.of(), cachedCpu) : null;
        List<String> memoryUnderLoad = ServerMemory.describe(System.getProperty("it.data.dir"));
        Path index = Path.of(System.getProperty("it.data.dir"), "index");
        Load.Result raw = raw("raw-lucene", index, RawLucene.Matching.FIELDS, wrk, queries, rawCpu);
        Load.Result rawSeedbeds =
            raw(
                "raw-lucene-seedbeds",
                index,
                RawLucene.Matching.SEEDBEDS,
                wrk,
                queries,
                rawSeedbedsCpu);
        fullTextTable(db);
        Load.Result postgres = postgresLoad(queries);
        report.add("");
        report.add(
            String.format(
                Locale.ROOT,
                "At %,d documents: index rebuilt in %.0f s (%,.0f documents/s); %d of %d searches"
                    + " made during the rebuild were answered from the old index.",
                documents,
                rebuild.seconds(),
                documents / rebuild.seconds(),
                rebuild.answered(),
                rebuild.searches()));
        report.add("");
        report.add(
            "Ratios to raw Lucene, A: one BM25 query over title, tags and text with static boosts;"
                + " B: Seedbed's own first-pass query. Both count exact totals and return the"
                + " first ten hits, with no facets, snippets, rescoring or cache.");
        report.add("");
        report.add("| | req/s | p50 | p90 | p99 | req/s ÷ A | p99 ÷ A | req/s ÷ B | p99 ÷ B |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        List<Load.Result> rows = new ArrayList<>(List.of(raw, rawSeedbeds, uncached));
        if (cached != null) {
          rows.add(cached);
        }
        rows.addAll(List.of(postgres, baseline));
        for (Load.Result row : rows) {
          report.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %,.0f | %.2f ms | %.2f ms | %.2f ms | %.2f | %.2f | %.2f | %.2f |",
                  switch (row.name()) {
                    case "raw-lucene" -> "A: raw Lucene over HTTP, BM25 over the fields";
                    case "raw-lucene-seedbeds" -> "B: raw Lucene over HTTP, Seedbed's query";
                    case "seedbed-uncached" -> "Seedbed /api/search, uncached";
                    case "seedbed-cached" ->
                        "Seedbed /api/search, cached (" + cacheSize + " answers)";
                    case "postgres" -> "PostgreSQL full-text search (JDBC, no HTTP)";
                    default -> "a static file from Seedbed's server";
                  },
                  row.perSecond(),
                  row.p50(),
                  row.p90(),
                  row.p99(),
                  row.perSecond() / raw.perSecond(),
                  row.p99() / raw.p99(),
                  row.perSecond() / rawSeedbeds.perSecond(),
                  row.p99() / rawSeedbeds.p99()));
        }
        if (wrk) {
          report.add("");
          report.add("Processor time while each load was counted (wrk's own not included):");
          report.add("- " + rawCpu.describe("A, this JVM", raw.requests()));
          report.add("- " + rawSeedbedsCpu.describe("B, this JVM", rawSeedbeds.requests()));
          report.add("- " + uncachedCpu.describe("Seedbed uncached, server", uncached.requests()));
          if (cached != null) {
            report.add("- " + cachedCpu.describe("Seedbed cached, server", cached.requests()));
          }
        }
        report.add("");
        report.add("Right after Seedbed's load:");
        report.addAll(memoryUnderLoad);
        report.add("After the other systems' runs, Seedbed idle for a minute or more:");
        report.addAll(ServerMemory.describe(System.getProperty("it.data.dir")));
        report.addAll(ServerMemory.afterFullCollection(System.getProperty("it.data.dir"), 15));
        Report.write("search-postgresql", report);
        assertThat(uncached.errors()).isZero();
        if (cached != null) {
          assertThat(cached.errors()).isZero();
        }
        assertThat(raw.errors()).isZero();
        assertThat(rawSeedbeds.errors()).isZero();
      }
    }
  }

  /** A rebuild's time, and how visitors fared meanwhile. */
  record Rebuild(double seconds, int searches, int answered) {}

  /**
   * Rebuilds the index from the database and waits for it, searching a few times a second meanwhile
   * as a visitor would: the old index is meant to answer until the new one is in.
   */
  static Rebuild rebuild(URL base) throws Exception {
    long start = System.nanoTime();
    assertThat(People.staff(base).postJson("/api/admin/search/rebuild", "{}").status())
        .isEqualTo(202);
    int searches = 0;
    int answered = 0;
    while (!People.staff(base)
        .get("/api/admin/search/status")
        .json()
        .getString("state")
        .equals("ready")) {
      searches++;
      if (new Client(base).get("/api/search?q=bakery&size=1").status() == 200) {
        answered++;
      }
      Thread.sleep(200);
    }
    return new Rebuild(Load.since(start), searches, answered);
  }

  private Load.Result seedbed(
      String name, boolean wrk, List<String> paths, Map<String, String> headers, ProcessCpu cpu)
      throws Exception {
    return wrk
        ? Wrk.run(name, base, CLIENTS, WARMUP, SECONDS, paths, headers, cpu)
        : Load.run(name, base, CLIENTS, WARMUP, SECONDS, n -> paths.get(n % paths.size()), headers);
  }

  private static Load.Result raw(
      String name,
      Path index,
      RawLucene.Matching matching,
      boolean wrk,
      List<String> queries,
      ProcessCpu cpu)
      throws Exception {
    try (RawLucene lucene = RawLucene.serve(index, CLIENTS, matching)) {
      List<String> paths =
          queries.stream()
              .map(q -> "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
              .toList();
      return wrk
          ? Wrk.run(name, lucene.base(), CLIENTS, WARMUP, SECONDS, paths, Map.of(), cpu)
          : Load.run(
              name, lucene.base(), CLIENTS, WARMUP, SECONDS, n -> paths.get(n % paths.size()));
    }
  }

  private static long countPublished(Connection db) throws Exception {
    try (Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*) from organisation where status = 'PUBLISHED'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Writes listings with COPY, as published, with their sector tags. */
  static int write(Connection db, List<SyntheticCoops.Listing> listings, int offset)
      throws Exception {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder orgs = new StringBuilder();
    StringBuilder tags = new StringBuilder();
    String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
    for (SyntheticCoops.Listing l : listings) {
      orgs.append(l.id())
          .append('\t')
          .append("syn-")
          .append(l.id())
          .append('\t')
          .append(tsv(l.name()))
          .append('\t')
          .append(tsv(l.name().toLowerCase(Locale.ROOT)))
          .append('\t')
          .append(l.kind())
          .append('\t')
          .append(tsv(l.description()))
          .append('\t')
          .append(tsv(l.city()))
          .append('\t')
          .append(tsv(l.city() == null ? null : l.city().toLowerCase(Locale.ROOT)))
          .append('\t')
          .append(tsv(l.country()))
          .append('\t')
          .append(l.latitude() == null ? "\\N" : l.latitude())
          .append('\t')
          .append(l.longitude() == null ? "\\N" : l.longitude())
          .append('\t')
          .append(tsv(l.sector()))
          .append('\t')
          .append("PUBLISHED\tIMPORTED\t")
          .append(now)
          .append('\t')
          .append(now)
          .append('\t')
          .append(now)
          .append('\t')
          .append(now)
          .append('\n');
      if (l.sector() != null) {
        tags.append(l.id())
            .append("\tSECTOR\t")
            .append(tsv(l.sector().toLowerCase(Locale.ROOT)))
            .append('\n');
      }
      if (orgs.length() > 8_000_000) {
        flush(copy, orgs, tags);
      }
    }
    flush(copy, orgs, tags);
    return listings.size();
  }

  private static void flush(CopyManager copy, StringBuilder orgs, StringBuilder tags)
      throws Exception {
    copy.copyIn(
        "copy organisation (id, slug, name, name_key, kind, description, city, city_key, country, latitude, longitude,"
            + " sectors, status, origin, created_at, updated_at, published_at, last_confirmed_at) from stdin",
        new StringReader(orgs.toString()));
    copy.copyIn(
        "copy organisation_tag (organisation_id, facet, tag) from stdin",
        new StringReader(tags.toString()));
    orgs.setLength(0);
    tags.setLength(0);
  }

  private static String tsv(String value) {
    if (value == null) {
      return "\\N";
    }
    return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
  }

  /** The same published rows in PostgreSQL full-text form: title A, tags B, body C, GIN index. */
  private static void fullTextTable(Connection db) throws Exception {
    try (Statement statement = db.createStatement()) {
      statement.execute("drop table if exists bench_fts");
      statement.execute(
          "create table bench_fts as select id, name as title, setweight(to_tsvector('english', name), 'A')"
              + " || setweight(to_tsvector('english', coalesce(kind, '') || ' ' || coalesce(city, '') || ' ' || coalesce(sectors, '')), 'B')"
              + " || setweight(to_tsvector('english', coalesce(description, '')), 'C') as tsv"
              + " from organisation where status = 'PUBLISHED'");
      statement.execute("create index on bench_fts using gin (tsv)");
      statement.execute("analyze bench_fts");
    }
  }

  private Load.Result postgresLoad(List<String> queries) throws Exception {
    for (int phase = 0; phase < 2; phase++) {
      int seconds = phase == 0 ? WARMUP : SECONDS;
      List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger counter = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            pool.submit(
                () -> {
                  try (Connection connection = database();
                      PreparedStatement select =
                          connection.prepareStatement(
                              "select id, title from bench_fts, websearch_to_tsquery('english', ?) q where tsv @@ q order by ts_rank(tsv, q) desc limit 10")) {
                    while (System.nanoTime() < end) {
                      select.setString(1, queries.get(counter.getAndIncrement() % queries.size()));
                      long t0 = System.nanoTime();
                      try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                          rows.getString(2);
                        }
                      }
                      nanos.add(System.nanoTime() - t0);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : running) {
        future.get();
      }
      pool.shutdown();
      if (phase == 1) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double took = (System.nanoTime() - start) / 1e9;
        return new Load.Result(
            "postgres",
            sorted.size(),
            0,
            sorted.size() / took,
            Load.percentile(sorted, 0.50) / 1e6,
            Load.percentile(sorted, 0.90) / 1e6,
            Load.percentile(sorted, 0.99) / 1e6);
      }
    }
    throw new IllegalStateException();
  }
}
