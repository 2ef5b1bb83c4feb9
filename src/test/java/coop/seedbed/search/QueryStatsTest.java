package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts of what people search for survive a flush that fails. */
class QueryStatsTest {

  private final Map<String, long[]> saved = new HashMap<>();
  private boolean databaseDown;

  private final QueryStats stats = new QueryStats();

  {
    stats.self =
        new QueryStats() {
          @Override
          public void save(Map<String, long[]> batch) {
            if (databaseDown) {
              throw new IllegalStateException("connection refused");
            }
            batch.forEach(
                (query, counts) ->
                    saved.merge(query, counts, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
          }
        };
  }

  @Test
  void countsAFailedFlushTookOut_arePutBack_andSavedByTheNext() {
    stats.count("Housing co-op", 3);
    stats.count("housing co-op", 0);
    databaseDown = true;

    assertThatThrownBy(stats::flush).hasMessageContaining("connection refused");
    assertThat(stats.pendingSearches("housing co-op")).isEqualTo(2);

    stats.count("housing co-op", 1);
    databaseDown = false;
    stats.flush();

    assertThat(saved.get("housing co-op")).containsExactly(3, 1);
    assertThat(stats.pendingSearches("housing co-op")).isZero();
  }
}
