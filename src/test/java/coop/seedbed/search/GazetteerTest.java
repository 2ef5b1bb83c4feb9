package coop.seedbed.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

  /** Place names read from a list the test changes, the reading held until the test allows it. */
  private static final class Places extends Indexing {
    volatile List<SearchSource.Place> known;
    volatile CountDownLatch allowed = new CountDownLatch(0);

    @Override
    List<SearchSource.Place> places() {
      try {
        allowed.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return known;
    }
  }

  /** A gazetteer reading its places from {@code places}, its clock stopped at {@link #START}. */
  private static Gazetteer reading(Places places) {
    Gazetteer gazetteer = new Gazetteer();
    gazetteer.indexing = places;
    gazetteer.clock = Clock.fixed(START, ZoneOffset.UTC);
    return gazetteer;
  }

  private static Optional<String> place(Gazetteer gazetteer, String query) {
    return gazetteer.find(QueryWords.words(query), word -> true).map(match -> match.place().name());
  }

  @Test
  void aSearchDoesNotWaitForPlaceNamesToBeReadAgain() throws Exception {
    Places places = new Places();
    places.known = List.of(new SearchSource.Place("Manchester", "GB", 53.48, -2.24));
    Gazetteer gazetteer = reading(places);
    ExecutorService background = Executors.newSingleThreadExecutor();
    gazetteer.background = background;
    try {
      assertEquals(Optional.of("Manchester"), place(gazetteer, "housing manchester"));

      // A minute later the reading is slow (a million listings grouped by city).
      places.known = List.of(new SearchSource.Place("Leeds", "GB", 53.80, -1.55));
      CountDownLatch slow = new CountDownLatch(1);
      places.allowed = slow;
      gazetteer.clock = Clock.fixed(START.plus(Duration.ofSeconds(61)), ZoneOffset.UTC);
      assertTimeoutPreemptively(
          Duration.ofSeconds(2),
          () -> assertEquals(Optional.of("Manchester"), place(gazetteer, "housing manchester")),
          "the search waited for the place names to be read");
      assertEquals(Optional.empty(), place(gazetteer, "housing leeds"));

      slow.countDown();
      background.shutdown();
      assertTrue(background.awaitTermination(10, TimeUnit.SECONDS));
      assertEquals(Optional.of("Leeds"), place(gazetteer, "housing leeds"));
      assertEquals(Optional.empty(), place(gazetteer, "housing manchester"));
    } finally {
      background.shutdownNow();
    }
  }

  @Test
  void aFailedReadingKeepsThePlacesKnownBefore() {
    Places places = new Places();
    places.known = List.of(new SearchSource.Place("Manchester", "GB", 53.48, -2.24));
    Gazetteer gazetteer = reading(places);
    assertEquals(Optional.of("Manchester"), place(gazetteer, "housing manchester"));

    places.known = null; // the reading throws, as a lost database connection would
    gazetteer.clock = Clock.fixed(START.plus(Duration.ofSeconds(61)), ZoneOffset.UTC);
    assertEquals(Optional.of("Manchester"), place(gazetteer, "housing manchester"));
  }

  /**
   * While the background refuses work (a server shutting down), each search tried to hand it the
   * reading again and logged a warning: one a search. Now the next try waits a minute, as after a
   * failed reading.
   */
  @Test
  void aRefusedReadingIsNotTriedAgainBySearchAfterSearch() {
    Places places = new Places();
    places.known = List.of(new SearchSource.Place("Manchester", "GB", 53.48, -2.24));
    Gazetteer gazetteer = reading(places);
    AtomicInteger tries = new AtomicInteger();
    gazetteer.background =
        task -> {
          tries.incrementAndGet();
          throw new RejectedExecutionException("shutting down");
        };
    assertEquals(Optional.of("Manchester"), place(gazetteer, "housing manchester"));

    gazetteer.clock = Clock.fixed(START.plus(Duration.ofSeconds(61)), ZoneOffset.UTC);
    for (int search = 0; search < 5; search++) {
      assertEquals(Optional.of("Manchester"), place(gazetteer, "housing manchester"));
    }
    assertEquals(1, tries.get());

    gazetteer.clock = Clock.fixed(START.plus(Duration.ofSeconds(122)), ZoneOffset.UTC);
    place(gazetteer, "housing manchester");
    assertEquals(2, tries.get());
  }
}
