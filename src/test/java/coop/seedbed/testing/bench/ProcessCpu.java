package coop.seedbed.testing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processor time one process spends while a load is counted, by kind of thread, read from
 * Linux's /proc: the requests' own threads, the garbage collector, the JIT compilers and the rest.
 * A benchmark that only compares rates cannot say whether a slower server spends its time in the
 * work asked of it or beside it (collecting garbage on a small heap, say); this says so, and the
 * time per request does not move with how busy the shared machine happened to be.
 */
public final class ProcessCpu {

  /**
   * Linux reports thread times in clock ticks of 1/100 s: USER_HZ is part of the kernel's interface
   * to user space and is 100 on every architecture this runs on.
   */
  private static final double TICKS_PER_SECOND = 100;

  private final long pid;
  private Map<String, Thread> start = Map.of();
  private Map<String, Thread> end = Map.of();

  private record Thread(String name, long ticks) {}

  public ProcessCpu(long pid) {
    this.pid = pid;
  }

  /** Marks the start of the counted load. */
  public void start() {
    start = threads();
    end = start;
  }

  /** Marks its end. */
  public void stop() {
    end = threads();
  }

  /**
   * One line: the processor seconds between {@link #start} and {@link #stop}, per request, and each
   * kind of thread's share.
   */
  public String describe(String who, long requests) {
    Map<String, Long> byKind = new HashMap<>();
    long total = 0;
    for (Map.Entry<String, Thread> thread : end.entrySet()) {
      Thread before = start.get(thread.getKey());
      long ticks = thread.getValue().ticks() - (before == null ? 0 : before.ticks());
      byKind.merge(kind(thread.getValue().name()), ticks, Long::sum);
      total += ticks;
    }
    long all = Math.max(total, 1);
    String shares =
        byKind.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(
                e ->
                    String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / all))
            .collect(Collectors.joining(", "));
    double seconds = total / TICKS_PER_SECOND;
    return String.format(
        Locale.ROOT,
        "%s: %.1f processor-seconds for %,d requests, %.2f ms a request (%s)",
        who,
        seconds,
        requests,
        requests == 0 ? 0 : seconds * 1000 / requests,
        shares);
  }

  /** Thread names as Linux keeps them (15 characters), sorted into the kinds the report names. */
  static String kind(String name) {
    if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
      return "garbage collection";
    }
    if (name.contains("CompilerThre")) {
      return "JIT compilers";
    }
    // Payara's request threads, and the executor the benchmark's own server answers on.
    if (name.startsWith("http-thread-poo") || name.startsWith("pool-")) {
      return "request threads";
    }
    return "other";
  }

  private Map<String, Thread> threads() {
    Map<String, Thread> threads = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
          // The name sits in parentheses and may hold spaces; the fields after it are plain.
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          String[] fields = stat.substring(close + 2).split(" ");
          // Fields 14 and 15 of stat (user and system time) are the 12th and 13th after the name.
          long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          threads.put(
              task.getFileName().toString(), new Thread(stat.substring(open + 1, close), ticks));
        } catch (IOException | RuntimeException e) {
          // The thread ended between listing and reading: its time is lost to both snapshots.
        }
      }
    } catch (IOException e) {
      // No such process: nothing to count.
    }
    return threads;
  }
}
