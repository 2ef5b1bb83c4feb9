package coop.seedbed.web;

import coop.seedbed.database.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Tells whoever started Seedbed where to go, once, when it really answers: deployment goes on for a
 * while after our code starts, so it asks its own readiness check until that says yes. Then it asks
 * for {@code /openapi} once, which Payara builds on first use (seconds), so that no visitor waits
 * for it.
 */
@ApplicationScoped
public class ReadyAnnouncer {

  private static final Logger LOG = Logger.getLogger(ReadyAnnouncer.class.getName());
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private volatile ScheduledFuture<?> task;
  private volatile long startedAt;

  void start(@Observes SchemaReady ready) {
    int port = LocalPort.http();
    String local = "http://localhost:" + port;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    startedAt = System.nanoTime();
    task =
        scheduler.scheduleWithFixedDelay(
            () -> announceWhenReady(http, local), 1, 1, TimeUnit.SECONDS);
  }

  private void announceWhenReady(HttpClient http, String local) {
    if (System.nanoTime() - startedAt > GIVE_UP_AFTER.toNanos()) {
      task.cancel(false);
      return;
    }
    if (status(http, local + "/health/ready") != 200) {
      return;
    }
    task.cancel(false);
    LOG.info(() -> "Seedbed is ready on " + local);
    status(http, local + "/openapi");
  }

  private static int status(HttpClient http, String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      // Not listening yet: asked again in a second.
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(true);
    }
  }

  /** The HTTP port Payara Micro was started on, from its public API where it is there. */
  static final class LocalPort {
    private LocalPort() {}

    static int http() {
      try {
        Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
        Object instance = micro.getMethod("getInstance").invoke(null);
        int port = (Integer) micro.getMethod("getHttpPort").invoke(instance);
        return port > 0 ? port : 8080;
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Not Payara Micro: the usual port.
        return 8080;
      }
    }
  }
}
