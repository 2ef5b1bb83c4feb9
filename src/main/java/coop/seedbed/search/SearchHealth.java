package coop.seedbed.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the index's state without holding the instance back: the rest of Seedbed serves while the
 * index is built, so only a failed build makes this check down. Changes set aside because their
 * source failed are counted here and listed in {@code /api/admin/search/status}.
 */
@Readiness
@ApplicationScoped
public class SearchHealth implements HealthCheck {

  @Inject Indexing indexing;

  @Override
  public HealthCheckResponse call() {
    Indexing.State state = indexing.state();
    return HealthCheckResponse.named("search")
        .status(state != Indexing.State.FAILED)
        .withData("state", state.name().toLowerCase(Locale.ROOT))
        // Changes whose source failed are retried on their own; the index is up for the rest.
        .withData("setAside", indexing.setAside.size())
        .build();
  }
}
