package coop.seedbed.guides;

import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text extraction over the real documents of {@code ../shared/data/docs/} ({@code ./mvnw -Pbench
 * verify -Dit.test=ExtractionBenchmark}): five passes over every file the library accepts, the
 * median pass as MB/s and documents/s, against SHA-256 over the same bytes in the same run as the
 * baseline (a pass that touches every byte once); then the peak heap while the largest file is
 * read. Tika runs in this JVM exactly as in the server, on a worker thread with its deadline.
 */
class ExtractionBenchmark {

  static final int PASSES = 5;

  @Test
  void extractEveryRealDocument() throws Exception {
    Path folder = SharedData.require("docs");
    TextExtractor extractor = new TextExtractor(2_000_000, Duration.ofSeconds(120));
    ExecutorService pool = Executors.newCachedThreadPool();
    List<byte[]> files = new ArrayList<>();
    List<String> types = new ArrayList<>();
    Path largest = null;
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        String type = extractor.detect(bytes);
        if (TextExtractor.refusal(type, file.getFileName().toString()) == null) {
          files.add(bytes);
          types.add(type);
          if (largest == null || Files.size(file) > Files.size(largest)) {
            largest = file;
          }
        }
      }
    }
    long totalBytes = files.stream().mapToLong(b -> b.length).sum();
    int read = 0;
    List<Double> extractSeconds = new ArrayList<>();
    List<Double> hashSeconds = new ArrayList<>();
    for (int pass = 0; pass <= PASSES; pass++) {
      long start = System.nanoTime();
      int ok = 0;
      for (int i = 0; i < files.size(); i++) {
        if (extractor.extract(files.get(i), types.get(i), pool).outcome()
            == TextExtractor.Outcome.READ) {
          ok++;
        }
      }
      double extract = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      for (byte[] bytes : files) {
        MessageDigest.getInstance("SHA-256").digest(bytes);
      }
      double hash = (System.nanoTime() - start) / 1e9;
      if (pass > 0) { // the first pass loads the parsers' classes; it is not counted
        extractSeconds.add(extract);
        hashSeconds.add(hash);
        read = ok;
      }
    }
    double extract = median(extractSeconds);
    double hash = median(hashSeconds);
    double megabytes = totalBytes / 1_000_000.0;

    byte[] big = Files.readAllBytes(largest);
    String bigType = extractor.detect(big);
    long before = heapPeaksReset();
    long start = System.nanoTime();
    extractor.extract(big, bigType, pool);
    double bigSeconds = (System.nanoTime() - start) / 1e9;
    long peak = heapPeak();
    pool.shutdownNow();

    List<String> report = new ArrayList<>();
    report.add(
        "Extraction benchmark, "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + files.size()
            + " accepted files ("
            + String.format(Locale.ROOT, "%.1f MB", megabytes)
            + ", "
            + read
            + " with text), median of "
            + PASSES
            + " passes");
    report.add("");
    report.add("| measure | Tika extraction | SHA-256 baseline | ratio |");
    report.add("|---|---|---|---|");
    report.add(
        String.format(
            Locale.ROOT,
            "| throughput | %.2f MB/s | %.1f MB/s | %.3fx |",
            megabytes / extract,
            megabytes / hash,
            hash / extract));
    report.add(
        String.format(
            Locale.ROOT,
            "| documents | %.1f docs/s | %.0f docs/s | |",
            files.size() / extract,
            files.size() / hash));
    report.add("");
    report.add(
        String.format(
            Locale.ROOT,
            "Largest file %s (%.1f MB): read in %.2f s; heap in use before %.0f MiB, peak while"
                + " reading %.0f MiB (max heap %.0f MiB).",
            largest.getFileName(),
            big.length / 1_000_000.0,
            bigSeconds,
            before / 1048576.0,
            peak / 1048576.0,
            Runtime.getRuntime().maxMemory() / 1048576.0));
    Report.write("extraction", report);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    return sorted.get(sorted.size() / 2);
  }

  /** Collects garbage, resets the peaks of the heap pools, and returns the heap in use. */
  private static long heapPeaksReset() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
