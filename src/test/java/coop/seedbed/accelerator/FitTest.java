package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FitTest {

  private static Application application(String sector, String... topics) {
    Application a = new Application();
    a.sector = sector;
    a.topics = List.of(topics);
    return a;
  }

  @Test
  void aKnownSector_countsTwo() {
    assertThat(Fit.of(List.of("food", "housing"), List.of(), application("food"))).isEqualTo(2);
  }

  @Test
  void eachSharedTopic_countsOne() {
    // "retail" is the application's but not the reviewer's.
    assertThat(
            Fit.of(
                List.of("housing"),
                List.of("governance", "finance"),
                application("food", "finance", "governance", "retail")))
        .isEqualTo(2);
  }

  @Test
  void sharedTopics_countAtMostThree() {
    // Sector 2 + four shared topics capped at 3 = 5, the most there is.
    assertThat(
            Fit.of(
                List.of("food"),
                List.of("finance", "governance", "marketing", "hiring"),
                application("food", "finance", "governance", "marketing", "hiring")))
        .isEqualTo(5);
  }

  @Test
  void theSector_countsForMoreThanAnySingleTopic() {
    assertThat(Fit.of(List.of("food"), List.of(), application("food", "finance")))
        .isGreaterThan(Fit.of(List.of(), List.of("finance"), application("food", "finance")));
  }

  @Test
  void nothingShared_orNoSector_isZero() {
    assertThat(Fit.of(List.of("housing"), List.of("legal"), application("food", "finance")))
        .isZero();
    assertThat(Fit.of(List.of("food"), List.of(), application(null))).isZero();
  }
}
