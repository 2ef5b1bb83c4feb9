package coop.seedbed.web;

import coop.seedbed.search.IndexChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves whenever the index takes in a change, from any instance: a page rendered
 * under an older number may show something that has changed since.
 */
@ApplicationScoped
public class PublicContent {

  private final AtomicLong version = new AtomicLong();

  long version() {
    return version.get();
  }

  void changed(@Observes IndexChanged changed) {
    version.incrementAndGet();
  }
}
