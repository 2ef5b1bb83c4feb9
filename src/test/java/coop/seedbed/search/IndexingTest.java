package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import coop.seedbed.shared.SettableClock;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.PersistenceException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Following the change log: a change that cannot be indexed is set aside, the rest flows on. */
class IndexingTest {

  private final IndexStore store = new IndexStore();
  private final List<ChangeLog.Entry> logged = new ArrayList<>();
  private final Map<String, String> titles = new HashMap<>();
  private final List<String> broken = new ArrayList<>();
  private final List<List<String>> readsAtOnce = new ArrayList<>();
  private final AtomicInteger rebuildsSubmitted = new AtomicInteger();
  private final SettableClock clock =
      new SettableClock(Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC));
  private Indexing indexing;

  /** A source whose things are titles in a map, and which fails on the ids in {@link #broken}. */
  private final SearchSource source =
      new SearchSource() {
        @Override
        public String type() {
          return "organisation";
        }

        @Override
        public Optional<SearchDocument> find(String id) {
          if (broken.contains(id)) {
            throw new IllegalStateException("cannot map " + id);
          }
          return Optional.ofNullable(titles.get(id)).map(title -> document(id, title));
        }

        @Override
        public Map<String, SearchDocument> findAll(List<String> ids) {
          readsAtOnce.add(List.copyOf(ids));
          return SearchSource.super.findAll(ids);
        }

        @Override
        public void each(Consumer<SearchDocument> sink) {
          titles.forEach((id, title) -> sink.accept(document(id, title)));
        }
      };

  @BeforeEach
  void follow() throws Exception {
    store.openInMemory();
    ChangeLog log =
        new ChangeLog() {
          @Override
          boolean byTransaction() {
            return false;
          }

          @Override
          List<Entry> after(long seq, int limit) {
            return logged.stream().filter(e -> e.seq() > seq).limit(limit).toList();
          }

          @Override
          int forgetEntriesADayOld() {
            return 0;
          }

          @Override
          long oldest() {
            return logged.isEmpty() ? 0 : logged.get(0).seq();
          }

          @Override
          long newest() {
            return logged.isEmpty() ? 0 : logged.get(logged.size() - 1).seq();
          }
        };
    indexing =
        new Indexing() {
          @Override
          Iterable<SearchSource> sources() {
            return List.of(source);
          }

          @Override
          void submitRebuild() {
            rebuildsSubmitted.incrementAndGet();
          }
        };
    indexing.store = store;
    indexing.log = log;
    indexing.clock = clock;
    indexing.state = Indexing.State.READY;
    indexing.indexChanged = new Heard();
  }

  /** The events the index fires, as the caches observing them would hear them. */
  private final List<IndexChanged> heard = new ArrayList<>();

  private final class Heard implements Event<IndexChanged> {
    @Override
    public void fire(IndexChanged event) {
      heard.add(event);
    }

    @Override
    public <U extends IndexChanged> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends IndexChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<IndexChanged> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends IndexChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends IndexChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void changesReadFromTheLog_areTold_soCachesFollowOtherInstances() throws Exception {
    change("a", "Alpha Bakers");
    indexing.poll();
    assertThat(heard)
        .singleElement()
        .satisfies(e -> assertThat(e.touches("organisation")).isTrue());

    indexing.poll();
    assertThat(heard).as("nothing new, nothing told").hasSize(1);
  }

  @Test
  void aBatchOfChanges_isReadFromItsSourceInOneGo_andGoneThingsLeaveTheIndex() throws Exception {
    change("a", "Alpha Bakers");
    change("b", "Beta Builders");
    change("c", "Gamma Growers");
    indexing.poll();
    assertThat(readsAtOnce).containsExactly(List.of("a", "b", "c"));
    assertThat(indexed("a")).isTrue();
    assertThat(indexed("b")).isTrue();
    assertThat(indexed("c")).isTrue();

    titles.remove("b");
    change("a", "Alpha Bakery");
    logged.add(new ChangeLog.Entry(logged.size() + 1, "organisation", "b", 0));
    indexing.poll();

    assertThat(readsAtOnce).hasSize(2).last().isEqualTo(List.of("a", "b"));
    assertThat(indexed("b")).as("unpublished, so gone from search").isFalse();
    assertThat(indexed("a")).isTrue();
    assertThat(store.lastSeq()).isEqualTo(5);
  }

  @Test
  void aChangeWhoseSourceFails_isSetAside_andTheRestIsIndexed() throws Exception {
    change("a", "Alpha Bakers");
    change("b", "Beta Builders");
    change("c", "Gamma Growers");
    broken.add("b");

    indexing.poll();

    assertThat(indexed("a")).isTrue();
    assertThat(indexed("c")).isTrue();
    assertThat(indexed("b")).isFalse();
    assertThat(store.lastSeq()).isEqualTo(3);
    assertThat(indexing.setAside.all())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.id()).isEqualTo("b");
              assertThat(entry.attempts()).isEqualTo(1);
            });
    assertThat(store.setAside()).containsExactly("organisation:b");

    // Later changes still flow while b waits.
    change("d", "Delta Dairy");
    indexing.poll();
    assertThat(indexed("d")).isTrue();
    assertThat(indexing.setAside.size()).isEqualTo(1);
  }

  @Test
  void aChangeSetAside_isTriedAgainAfterItsWait_andThenIndexed() throws Exception {
    change("b", "Beta Builders");
    broken.add("b");
    indexing.poll();
    broken.clear();

    indexing.poll();
    assertThat(indexed("b")).as("not tried again before its wait").isFalse();

    clock.advance(SetAside.FIRST_WAIT);
    indexing.poll();

    assertThat(indexed("b")).isTrue();
    assertThat(indexing.setAside.size()).isZero();
    assertThat(store.setAside()).isEmpty();
  }

  @Test
  void aChangeThatStillFails_waitsLongerEachTime() throws Exception {
    change("b", "Beta Builders");
    broken.add("b");
    indexing.poll();
    clock.advance(SetAside.FIRST_WAIT);
    indexing.poll();

    SetAside.Entry entry = indexing.setAside.all().get(0);
    assertThat(entry.attempts()).isEqualTo(2);
    assertThat(Duration.between(OffsetDateTime.now(clock), entry.nextAttemptAt()))
        .isEqualTo(SetAside.FIRST_WAIT.multipliedBy(2));
  }

  @Test
  void aDocumentTheIndexRefuses_isSetAside_andTheRestIsIndexed() throws Exception {
    // A title longer than Lucene keeps as one term: the exact-title field refuses it.
    change("long", "x".repeat(40_000));
    change("short", "Short Name Co-op");

    indexing.poll();

    assertThat(indexed("short")).isTrue();
    assertThat(indexed("long")).isFalse();
    assertThat(indexing.setAside.all()).extracting(SetAside.Entry::id).containsExactly("long");
    assertThat(store.setAside()).containsExactly("organisation:long");
  }

  @Test
  void setAsideKeysReadBackFromTheIndex_areTriedAtOnce() {
    indexing.setAside.restore(Set.of("organisation:b", "malformed"), OffsetDateTime.now(clock));

    assertThat(indexing.setAside.due(OffsetDateTime.now(clock)))
        .extracting(SetAside.Entry::type, SetAside.Entry::id)
        .containsExactly(tuple("organisation", "b"));
  }

  @Test
  void anIndexTheLogWasPurgedPast_isBuiltAgain_whileOneThatFollows_isLeftAlone() throws Exception {
    change("a", "Alpha Bakers");
    change("b", "Beta Builders");
    indexing.poll();
    clock.advance(Duration.ofMinutes(2));
    indexing.poll();
    assertThat(rebuildsSubmitted.get()).as("the log still holds all it has not read").isZero();

    // The instance could not read for a day: others logged c and d, and the purge took all but d.
    change("c", "Gamma Growers");
    change("d", "Delta Dairy");
    logged.subList(0, 3).clear();
    clock.advance(Duration.ofMinutes(2));
    indexing.poll();

    assertThat(rebuildsSubmitted.get()).isEqualTo(1);
    assertThat(indexing.state()).isEqualTo(Indexing.State.REBUILDING);
    assertThat(indexed("d")).as("not followed past the hole").isFalse();
  }

  @Test
  void rebuildRequestsAtOnce_startOneBuild() throws Exception {
    // A rebuild that had not finished would have its directory deleted by a second one's swap.
    int callers = 16;
    CyclicBarrier start = new CyclicBarrier(callers);
    AtomicInteger accepted = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int round = 0; round < 50; round++) {
      threads.clear();
      rebuildsSubmitted.set(0);
      accepted.set(0);
      indexing.state = Indexing.State.READY;
      for (int i = 0; i < callers; i++) {
        Thread thread =
            new Thread(
                () -> {
                  try {
                    start.await();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  if (indexing.requestRebuild()) {
                    accepted.incrementAndGet();
                  }
                });
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      assertThat(accepted.get()).as("round %d", round).isEqualTo(1);
      assertThat(rebuildsSubmitted.get()).isEqualTo(1);
    }
  }

  @Test
  void twoInstancesNamingTheDatabaseAtOnce_readTheIdTheFirstWrote() {
    AtomicInteger calls = new AtomicInteger();
    indexing.log =
        new ChangeLog() {
          @Override
          String databaseId() {
            if (calls.incrementAndGet() == 1) {
              throw new PersistenceException("duplicate key: database");
            }
            return "the-first";
          }
        };

    assertThat(indexing.databaseId()).isEqualTo("the-first");
  }

  private void change(String id, String title) {
    titles.put(id, title);
    logged.add(new ChangeLog.Entry(logged.size() + 1, "organisation", id, 0));
  }

  private boolean indexed(String id) throws Exception {
    return store
            .withSearcher(
                searcher ->
                    searcher.count(
                        new TermQuery(
                            new Term(Fields.KEY, SearchDocument.key("organisation", id)))))
            .orElse(0)
        > 0;
  }

  private static SearchDocument document(String id, String title) {
    return Listings.listing(id, title, "A co-operative.");
  }
}
