package coop.seedbed.testing.bench;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the last
 * one answered, for a fixed time after a warm-up. Latencies are kept whole, so percentiles are
 * exact.
 */
public final class Load {

  /** What one run measured. */
  public record Result(
      String name, int requests, int errors, double perSecond, double p50, double p90, double p99) {

    public String row() {
      return String.format(
          "| %s | %d | %.0f req/s | %.2f ms | %.2f ms | %d |",
          name, requests, perSecond, p50, p99, errors);
    }
  }

  private Load() {}

  /**
   * Runs {@code paths} (the n-th request of a thread asks for {@code paths.apply(n)}) with {@code
   * clients} threads for {@code seconds}, after {@code warmup} seconds that are not counted.
   */
  public static Result run(
      String name, URL base, int clients, int warmup, int seconds, IntFunction<String> paths)
      throws Exception {
    return run(name, base, clients, warmup, seconds, paths, Map.of());
  }

  /** As above, every request also carrying {@code headers} (a session cookie, say). */
  public static Result run(
      String name,
      URL base,
      int clients,
      int warmup,
      int seconds,
      IntFunction<String> paths,
      Map<String, String> headers)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    String root = base.toString().replaceAll("/+$", "");
    measure(http, root, clients, warmup, paths, headers, new ArrayList<>(), new AtomicInteger());
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>(200_000));
    AtomicInteger errors = new AtomicInteger();
    long took = measure(http, root, clients, seconds, paths, headers, nanos, errors);
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new Result(
        name,
        sorted.size(),
        errors.get(),
        sorted.size() / (took / 1e9),
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.90) / 1e6,
        percentile(sorted, 0.99) / 1e6);
  }

  private static long measure(
      HttpClient http,
      String root,
      int clients,
      int seconds,
      IntFunction<String> paths,
      Map<String, String> headers,
      List<Long> nanos,
      AtomicInteger errors)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Future<?>> running = new ArrayList<>();
    AtomicInteger counter = new AtomicInteger();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  int n = counter.getAndIncrement();
                  HttpRequest.Builder builder =
                      HttpRequest.newBuilder(java.net.URI.create(root + paths.apply(n)))
                          .header("X-Forwarded-For", "10.250." + (n % 250) + "." + (n % 200 + 1))
                          .timeout(Duration.ofSeconds(30))
                          .GET();
                  headers.forEach(builder::header);
                  HttpRequest request = builder.build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t1 = System.nanoTime();
                    if (response.statusCode() == 200) {
                      nanos.add(t1 - t0);
                    } else {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    pool.shutdown();
    return System.nanoTime() - start;
  }

  /** The {@code p} percentile of sorted nanoseconds (nearest rank). */
  public static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Seconds since {@code start}, for timing whole steps. */
  public static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
