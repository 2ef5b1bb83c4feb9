package coop.seedbed.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoVolunteersTest {

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
