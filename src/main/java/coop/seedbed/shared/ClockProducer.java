package coop.seedbed.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the application, in UTC, so that services can be tested against a fixed one. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
