package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.SharedCoops;
import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Report;
import coop.seedbed.testing.bench.SyntheticCoops;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The search engine alone, without HTTP or a database ({@code ./mvnw -Pbench verify
 * -Dit.test=SearchEngineBenchmark}, sizes with {@code -Dit.search.sizes=10000,100000,1000000}):
 * made-up listings modelled on the real records are indexed into a directory on disk the way a
 * rebuild does it, then the benchmark's queries run through {@link SearchService} with the result
 * cache off, one at a time (latency) and from two threads (throughput). It tells how much of a
 * search over HTTP is the engine's own work; {@link SearchBenchmark} measures the whole path.
 */
class SearchEngineBenchmark {

  @Test
  void buildAndQuery() throws Exception {
    SyntheticCoops generator =
        new SyntheticCoops(SharedCoops.seedbedLines(SharedData.require("coops/coops.jsonl")));
    List<String> queries = generator.queries(500, 7);
    int[] sizes =
        Arrays.stream(System.getProperty("it.search.sizes", "10000,100000,1000000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    List<String> report = new ArrayList<>();
    report.add(
        "Search engine benchmark (in process, no HTTP), "
            + Runtime.getRuntime().availableProcessors()
            + " cores, max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MiB, "
            + queries.size()
            + " queries in turn, result cache off; latency one query at a time, throughput from 2 threads");
    report.add("");
    report.add(
        "| documents | build | rate | segments | p50 | p99 | mean | processor time, mean |"
            + " throughput, 2 threads | \n|---|---|---|---|---|---|---|---|---|");
    List<String> slowQueries = new ArrayList<>();
    for (int size : sizes) {
      Path dir = Files.createTempDirectory("seedbed-engine-bench");
      List<SyntheticCoops.Listing> listings = generator.generate(1, size, size);
      IndexStore store = new IndexStore();
      store.indexDir = dir.toString();
      long start = System.nanoTime();
      store.rebuild(
          Indexing.parallel(
              sink -> {
                for (SyntheticCoops.Listing listing : listings) {
                  sink.accept(document(listing));
                }
              },
              Thread::new),
          0);
      double build = (System.nanoTime() - start) / 1e9;

      int segments = store.withSearcher(s -> s.getIndexReader().leaves().size()).orElse(0);
      SearchService search = service(store, listings);
      for (int pass = 0; pass < 2; pass++) {
        for (String q : queries) {
          search.search(query(q));
        }
      }
      // More passes over the queries (-Dit.search.passes) steady the means enough to tell two
      // versions a few percent apart.
      long[] nanos = new long[queries.size() * Integer.getInteger("it.search.passes", 2)];
      long[] cpu = new long[nanos.length];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      Map<String, Long> slowest = new HashMap<>();
      for (int i = 0; i < nanos.length; i++) {
        String text = queries.get(i % queries.size());
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SearchResult found = search.search(query(text));
        nanos[i] = System.nanoTime() - t0;
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        slowest.merge(text + " (" + found.total() + " found)", nanos[i], Math::min);
      }
      Arrays.sort(nanos);
      String slow =
          slowest.entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .limit(5)
              .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue() / 1e6))
              .collect(java.util.stream.Collectors.joining("; "));
      double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
      // Processor time does not count the moments another process had the core, so it moves less
      // than the elapsed time on a shared machine: the figure to compare two versions by.
      double cpuMean = Arrays.stream(cpu).average().orElse(0) / 1e6;
      double perSecond = throughput(search, queries, 10);
      report.add(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f s | %,.0f docs/s | %d | %.2f ms | %.2f ms | %.2f ms | %.3f ms | %,.0f"
                  + " queries/s |",
              size,
              build,
              size / build,
              segments,
              nanos[nanos.length / 2] / 1e6,
              nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
              mean,
              cpuMean,
              perSecond));
      slowQueries.add(String.format(Locale.ROOT, "- %,d: %s", size, slow));
      List<String> written = new ArrayList<>(report);
      written.add("");
      written.add("Slowest queries (the fastest of their timed runs):");
      written.addAll(slowQueries);
      Report.write("search-engine", written);
      store.close();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      assertThat(perSecond).isPositive();
    }
  }

  private static double throughput(SearchService search, List<String> queries, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < 2; t++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  search.search(query(queries.get(next.getAndIncrement() % queries.size())));
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static SearchQuery query(String text) {
    return SearchQuery.parse(Map.of("q", text));
  }

  private static SearchService service(IndexStore store, List<SyntheticCoops.Listing> listings) {
    SearchService search = new SearchService();
    search.store = store;
    search.indexing = new Indexing();
    search.stats = new QueryStats();
    search.resultCacheSize = 0;
    Gazetteer gazetteer = new Gazetteer();
    gazetteer.clock = Clock.systemUTC();
    Map<String, SearchSource.Place> places = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (SyntheticCoops.Listing l : listings) {
      if (l.city() != null && l.latitude() != null) {
        String key = l.city().toLowerCase(Locale.ROOT) + "|" + l.country();
        places.putIfAbsent(
            key, new SearchSource.Place(l.city(), l.country(), l.latitude(), l.longitude()));
        counts.merge(key, 1, Integer::sum);
      }
    }
    gazetteer.use(
        places.entrySet().stream()
            .filter(e -> counts.get(e.getKey()) >= 2)
            .map(Map.Entry::getValue)
            .toList());
    search.gazetteer = gazetteer;
    return search;
  }

  /** As the directory's search source maps a listing. */
  private static SearchDocument document(SyntheticCoops.Listing l) {
    List<String> tags = new ArrayList<>();
    tags.add(l.kind() + " co-op");
    if (l.city() != null) {
      tags.add(l.city());
    }
    if (l.sector() != null) {
      tags.add(l.sector());
    }
    Map<String, List<String>> facets = new HashMap<>();
    facets.put("kind", List.of(l.kind()));
    facets.put("country", l.country() == null ? List.of() : List.of(l.country()));
    facets.put("sector", l.sector() == null ? List.of() : List.of(l.sector()));
    String id = String.valueOf(l.id());
    return new SearchDocument(
        "organisation",
        id,
        "syn-" + id,
        l.name(),
        "/coops/syn-" + id,
        l.kind() + " co-op",
        l.description(),
        tags,
        facets,
        l.city(),
        l.country(),
        l.latitude(),
        l.longitude(),
        1.0);
  }
}
