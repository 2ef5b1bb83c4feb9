package coop.seedbed.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has heap to spare: a process that is out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    long max = runtime.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(used < max * 0.95)
        .withData("usedMiB", used >> 20)
        .withData("maxMiB", max >> 20)
        .build();
  }
}
