package coop.seedbed.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoVolunteersTest {

  private static final String H2 = "jdbc:h2:file:./data/h2/seedbed;MODE=PostgreSQL";
  private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/seedbed";

  @Test
  void auto_loadsOnTheEmbeddedDatabaseOnly() {
    assertThat(DemoVolunteers.wanted("auto", H2)).isTrue();
    assertThat(DemoVolunteers.wanted("auto", POSTGRESQL)).isFalse();
  }

  @Test
  void oneSetting_turnsThemOffOrAsksForThemAnywhere() {
    assertThat(DemoVolunteers.wanted("false", H2)).isFalse();
    assertThat(DemoVolunteers.wanted("true", POSTGRESQL)).isTrue();
  }

  @Test
  void everyDemo_saysItIsADemo_inItsOwnZone_withHoursThatRead() {
    assertThat(DemoVolunteers.DEMOS).extracting(DemoVolunteers.Demo::zone).doesNotHaveDuplicates();
    for (DemoVolunteers.Demo demo : DemoVolunteers.DEMOS) {
      assertThat(demo.name()).contains("demo");
      assertThat(demo.bio()).startsWith("Demo profile");
      assertThat(demo.email()).endsWith("@demo.seedbed.invalid");
      assertThat(ZoneId.of(demo.zone())).isNotNull();
      assertThat(Hours.weekly(demo.hours(), "weeklyHours")).isNotEmpty();
      assertThat(Topics.ALL.keySet()).containsAll(demo.topics());
    }
  }
}
