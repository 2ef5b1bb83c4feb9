package coop.seedbed.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes this index could not apply because their source failed to read or map one thing. Each is
 * tried again later on its own, with a doubling wait, so that one bad row neither stops the rest of
 * the log nor is forgotten. The keys are kept in the index's commit data, so a restart tries them
 * again too.
 */
final class SetAside {

  /**
   * Short, because what fails is as often the source as one row: a restarted instance whose entity
   * manager was closed under it set aside every change it read, and with a first wait of a minute
   * caught up after two (cluster test). A bad row is tried again after 2, 4, 8... seconds: cheap.
   */
  static final Duration FIRST_WAIT = Duration.ofSeconds(2);

  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  /** One change set aside, as staff see it. */
  record Entry(
      String type,
      String id,
      int attempts,
      OffsetDateTime firstFailedAt,
      OffsetDateTime nextAttemptAt,
      String error) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /**
   * Records a failure of {@code type}/{@code id}; returns whether it is the first, so that a fault
   * is logged with its stack trace once rather than at every attempt.
   */
  synchronized boolean failed(String type, String id, Throwable error, OffsetDateTime now) {
    String key = SearchDocument.key(type, id);
    Entry before = entries.get(key);
    int attempts = before == null ? 1 : before.attempts() + 1;
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 10));
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      wait = LONGEST_WAIT;
    }
    entries.put(
        key,
        new Entry(
            type,
            id,
            attempts,
            before == null ? now : before.firstFailedAt(),
            now.plus(wait),
            error.getClass().getSimpleName()));
    return before == null;
  }

  /** Entries known only by key, as read back from an index's commit data: tried at once. */
  synchronized void restore(Set<String> keys, OffsetDateTime now) {
    for (String key : keys) {
      int colon = key.indexOf(':');
      if (colon > 0 && !entries.containsKey(key)) {
        entries.put(
            key,
            new Entry(
                key.substring(0, colon),
                key.substring(colon + 1),
                0,
                now,
                now,
                "(before restart)"));
      }
    }
  }

  synchronized void cleared(String key) {
    entries.remove(key);
  }

  synchronized void clear() {
    entries.clear();
  }

  /** Those whose next attempt is due at {@code now}. */
  synchronized List<Entry> due(OffsetDateTime now) {
    List<Entry> due = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (!entry.nextAttemptAt().isAfter(now)) {
        due.add(entry);
      }
    }
    return due;
  }

  synchronized Set<String> keys() {
    return new TreeSet<>(entries.keySet());
  }

  synchronized List<Entry> all() {
    List<Entry> all = new ArrayList<>(entries.values());
    all.sort(Comparator.comparing(Entry::firstFailedAt));
    return all;
  }

  synchronized int size() {
    return entries.size();
  }
}
