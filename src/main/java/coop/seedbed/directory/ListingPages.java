package coop.seedbed.directory;

import coop.seedbed.search.IndexChanged;
import coop.seedbed.search.SearchableChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recently answered pages of the public directory, so that the same filters asked again are not
 * counted and sorted again. A change committed on this instance empties it at once; a change on
 * another instance as soon as this instance's index has read it from the change log. The time to
 * live, {@code seedbed.directory.list-cache-ttl}, bounds what a missed change could cost.
 */
@ApplicationScoped
class ListingPages {

  private static final int MAX_ENTRIES = 2000;

  @Inject
  @ConfigProperty(name = "seedbed.directory.list-cache-ttl")
  Duration ttl;

  private record Entry(OrganisationPage page, long generation, long createdNanos) {}

  private final AtomicLong generation = new AtomicLong();
  private final Map<DirectoryQuery, Entry> entries =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DirectoryQuery, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  OrganisationPage get(DirectoryQuery query, Supplier<OrganisationPage> answer) {
    if (ttl.isZero()) {
      return answer.get();
    }
    long now = System.nanoTime();
    long current = generation.get();
    synchronized (entries) {
      Entry entry = entries.get(query);
      if (entry != null
          && entry.generation() == current
          && now - entry.createdNanos() < ttl.toNanos()) {
        return entry.page();
      }
    }
    OrganisationPage page = answer.get();
    synchronized (entries) {
      entries.put(query, new Entry(page, current, now));
    }
    return page;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchableChanged event) {
    if (OrganisationSearchSource.TYPE.equals(event.type())) {
      generation.incrementAndGet();
    }
  }

  /** A change read from the log, made here or on another instance. */
  void indexed(@Observes IndexChanged event) {
    if (event.touches(OrganisationSearchSource.TYPE)) {
      generation.incrementAndGet();
    }
  }
}
