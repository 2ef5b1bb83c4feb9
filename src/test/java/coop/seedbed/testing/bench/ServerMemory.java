package coop.seedbed.testing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The memory of the server under test, read from Linux's /proc and, when the server was started
 * with {@code -XX:NativeMemoryTracking=summary}, from the JVM's own account of where it went. The
 * benchmarks print it after their load, as the figure a small server's owner would see in {@code
 * top}.
 */
public final class ServerMemory {

  private static final Pattern NMT_TOTAL =
      Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");
  private static final Pattern NMT_CATEGORY =
      Pattern.compile(
          "^-\\s+([A-Za-z][A-Za-z ]*?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)",
          Pattern.MULTILINE);

  /** Resident memory in MiB: all of it, and its anonymous and file-backed parts. */
  public record Resident(long pid, double total, double anonymous, double files) {}

  private ServerMemory() {}

  /**
   * The process whose command line names {@code dataDir} as Seedbed's data directory: the
   * deployment under test, not the test JVM.
   */
  public static Optional<Long> serverPid(String dataDir) {
    String marker = "-Dseedbed.data.dir=" + dataDir;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> commandLine(p).contains(marker))
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .filter(pid -> pid != ProcessHandle.current().pid())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String commandLine(Path process) {
    try {
      return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
          .replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  public static Optional<Resident> resident(long pid) {
    try {
      String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
      return Optional.of(
          new Resident(
              pid,
              kib(status, "VmRSS") / 1024.0,
              kib(status, "RssAnon") / 1024.0,
              (kib(status, "RssFile") + kib(status, "RssShmem")) / 1024.0));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long kib(String status, String field) {
    Matcher m = Pattern.compile("^" + field + ":\\s+(\\d+) kB", Pattern.MULTILINE).matcher(status);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /**
   * Lines for a report: the resident set, and the JVM's committed memory by category when native
   * memory tracking is on (empty otherwise: {@code jcmd} then says it is not enabled).
   */
  public static List<String> describe(String dataDir) {
    List<String> lines = new ArrayList<>();
    Optional<Long> pid = serverPid(dataDir);
    if (pid.isEmpty()) {
      lines.add("Server memory: the server's process was not found.");
      return lines;
    }
    resident(pid.get())
        .ifPresent(
            r ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "Server resident memory: %.0f MiB (anonymous %.0f MiB, mapped files %.0f MiB:"
                            + " the index pages the kernel may drop).",
                        r.total(),
                        r.anonymous(),
                        r.files())));
    String mapped = mappedByKind(pid.get());
    if (!mapped.isEmpty()) {
      lines.add("Mapped files resident by kind, MiB: " + mapped + ".");
    }
    String nmt = jcmd(pid.get(), "VM.native_memory", "summary");
    Matcher total = NMT_TOTAL.matcher(nmt);
    if (total.find()) {
      StringBuilder parts = new StringBuilder();
      Matcher category = NMT_CATEGORY.matcher(nmt);
      while (category.find()) {
        long committed = Long.parseLong(category.group(3));
        if (committed >= 4096) {
          parts.append(
              String.format(
                  Locale.ROOT,
                  "%s%s %d",
                  parts.isEmpty() ? "" : ", ",
                  category.group(1),
                  committed / 1024));
        }
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "JVM committed (native memory tracking): %d MiB; by category, MiB: %s.",
              Long.parseLong(total.group(2)) / 1024,
              parts));
    }
    return lines;
  }

  /**
   * After a full collection (which {@code GC.class_histogram} makes): the resident set again and
   * the classes holding most of the live heap, to tell what the heap keeps from what it merely has.
   */
  public static List<String> afterFullCollection(String dataDir, int classes) {
    List<String> lines = new ArrayList<>();
    Optional<Long> pid = serverPid(dataDir);
    if (pid.isEmpty()) {
      return lines;
    }
    String histogram = jcmd(pid.get(), "GC.class_histogram");
    List<String> rows = histogram.lines().filter(l -> l.matches("\\s*\\d+:.*|Total.*")).toList();
    lines.add("After a full collection:");
    lines.addAll(describe(dataDir));
    lines.add("Live heap by class (instances, bytes, class):");
    rows.stream().limit(classes).forEach(row -> lines.add("    " + row.strip()));
    rows.stream()
        .filter(l -> l.startsWith("Total"))
        .forEach(row -> lines.add("    " + row.strip()));
    return lines;
  }

  /**
   * The resident pages of mapped files summed by the file's extension (Lucene's {@code .doc},
   * {@code .pos}, {@code .dvd}, ...; {@code .jar} and {@code .so} for code), largest first, those
   * of at least 1 MiB: which parts of the index a load keeps in memory.
   */
  static String mappedByKind(long pid) {
    Map<String, Long> kib = new HashMap<>();
    String kind = null;
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"))) {
        if (MAPPING.matcher(line).find()) {
          String[] parts = line.trim().split("\\s+", 6);
          kind = parts.length < 6 || !parts[5].startsWith("/") ? null : extension(parts[5]);
        } else if (kind != null && line.startsWith("Rss:")) {
          long size = Long.parseLong(line.replaceAll("\\D", ""));
          kib.merge(kind, size, Long::sum);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    kib.entrySet().stream()
        .filter(e -> e.getValue() >= 1024)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(
            e ->
                out.append(out.isEmpty() ? "" : ", ")
                    .append(e.getKey())
                    .append(' ')
                    .append(e.getValue() / 1024));
    return out.toString();
  }

  private static final Pattern MAPPING = Pattern.compile("^[0-9a-f]+-[0-9a-f]+ ");

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).replace(" (deleted)", "");
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot);
  }

  private static String jcmd(long pid, String... command) {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    args.add(Long.toString(pid));
    args.addAll(List.of(command));
    try {
      Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
