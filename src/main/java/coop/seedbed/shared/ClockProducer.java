package coop.seedbed.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the application, in UTC, so that services can be tested against a fixed one. A test
 * deployment ({@code seedbed.testing.settable-clock=true}, never in production) gets a {@link
 * SettableClock} instead, which tests move forward over HTTP to make holds lapse and reminders fall
 * due without waiting.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "seedbed.testing.settable-clock")
  boolean settable;

  private SettableClock testClock;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return settable().<Clock>map(c -> c).orElseGet(Clock::systemUTC);
  }

  /** The clock tests may move, present only when the test setting is on. */
  public synchronized Optional<SettableClock> settable() {
    if (!settable) {
      return Optional.empty();
    }
    if (testClock == null) {
      testClock = new SettableClock(Clock.systemUTC());
    }
    return Optional.of(testClock);
  }
}
