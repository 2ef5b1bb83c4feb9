package coop.seedbed.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Gives Bean Validation the application's clock (see {@link ClockProducer}), so that rules such as
 * "not in the future" judge by the same time as the services. Named in META-INF/validation.xml;
 * outside a container, as in unit tests that validate directly, there is no application clock and
 * the system's stands in.
 */
public class ApplicationClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    CDI<Object> container;
    try {
      container = CDI.current();
    } catch (IllegalStateException noContainer) {
      return Clock.systemUTC();
    }
    return container.select(Clock.class).get();
  }
}
