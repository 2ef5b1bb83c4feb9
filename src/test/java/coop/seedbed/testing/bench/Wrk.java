package coop.seedbed.testing.bench;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load from wrk, the C load generator, for runs where the client's own cost matters:
 * on two cores, Java's HTTP client took as much processor time per request as a cached answer did,
 * so the client, not the server, set the ceiling. Installs wrk from Debian's packages when it is
 * missing (as src/bench/foundation.sh does); {@link #available()} says whether that worked.
 */
public final class Wrk {

  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|90|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  private Wrk() {}

  /** Whether wrk is here, installing it first when it is not and this user may. */
  public static synchronized boolean available() {
    if (runs("wrk", "--version")) {
      return true;
    }
    runs("apt-get", "install", "-y", "-qq", "wrk");
    return runs("wrk", "--version");
  }

  private static boolean runs(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      int code = process.waitFor();
      // wrk --version prints its version and exits with 1.
      return code == 0 || (command[0].equals("wrk") && code == 1);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Sends {@code paths} in turn from {@code connections} connections over two threads, for a
   * warm-up of {@code warmup} seconds and then {@code seconds} counted. Each request carries a
   * different X-Forwarded-For, as {@link Load} does, so the per-address rate limit stays out of the
   * way.
   */
  public static Load.Result run(
      String name, URL base, int connections, int warmup, int seconds, List<String> paths)
      throws IOException, InterruptedException {
    return run(name, base, connections, warmup, seconds, paths, java.util.Map.of());
  }

  /**
   * The same, with {@code headers} on every request (a bearer token, say), and each of {@code cpus}
   * marking the start and the end of the counted seconds.
   */
  public static Load.Result run(
      String name,
      URL base,
      int connections,
      int warmup,
      int seconds,
      List<String> paths,
      java.util.Map<String, String> headers,
      ProcessCpu... cpus)
      throws IOException, InterruptedException {
    Path script = Files.createTempFile("seedbed-wrk", ".lua");
    try {
      StringBuilder lua = new StringBuilder("local paths = {\n");
      for (String path : paths) {
        lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
      }
      lua.append(
          """
          }
          local n = 0
          request = function()
            n = n + 1
            local headers = {}
            headers["X-Forwarded-For"] = "10.251." .. (n % 250) .. "." .. (n % 200 + 1)
          """);
      headers.forEach(
          (header, value) ->
              lua.append("  headers[\"")
                  .append(header)
                  .append("\"] = \"")
                  .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                  .append("\"\n"));
      lua.append(
          """
            return wrk.format("GET", paths[(n % #paths) + 1], headers)
          end
          """);
      Files.writeString(script, lua.toString(), StandardCharsets.UTF_8);
      String root = base.toString().replaceAll("/+$", "");
      wrk(root, script, connections, warmup);
      for (ProcessCpu cpu : cpus) {
        cpu.start();
      }
      String out = wrk(root, script, connections, seconds);
      for (ProcessCpu cpu : cpus) {
        cpu.stop();
      }
      double p50 = Double.NaN;
      double p90 = Double.NaN;
      double p99 = Double.NaN;
      Matcher percentile = PERCENTILE.matcher(out);
      while (percentile.find()) {
        double value = Double.parseDouble(percentile.group(2));
        double ms =
            switch (percentile.group(3)) {
              case "us" -> value / 1000;
              case "s" -> value * 1000;
              default -> value;
            };
        switch (percentile.group(1)) {
          case "50" -> p50 = ms;
          case "90" -> p90 = ms;
          default -> p99 = ms;
        }
      }
      int errors = 0;
      Matcher non2xx = NON_2XX.matcher(out);
      if (non2xx.find()) {
        errors += Integer.parseInt(non2xx.group(1));
      }
      Matcher socket = SOCKET_ERRORS.matcher(out);
      if (socket.find()) {
        for (int g = 1; g <= 4; g++) {
          errors += Integer.parseInt(socket.group(g));
        }
      }
      Matcher rate = RATE.matcher(out);
      Matcher requests = REQUESTS.matcher(out);
      if (!rate.find()
          || !requests.find()
          || Double.isNaN(p50)
          || Double.isNaN(p90)
          || Double.isNaN(p99)) {
        throw new IllegalStateException("wrk printed something unexpected:\n" + out);
      }
      return new Load.Result(
          name,
          Integer.parseInt(requests.group(1)),
          errors,
          Double.parseDouble(rate.group(1)),
          p50,
          p90,
          p99);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static String wrk(String root, Path script, int connections, int seconds)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                script.toString(),
                root + "/")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    return out;
  }
}
