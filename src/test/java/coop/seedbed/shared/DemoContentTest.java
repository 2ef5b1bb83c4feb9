package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoContentTest {

  private static final String H2 = "jdbc:h2:file:./data/h2/seedbed;MODE=PostgreSQL";
  private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/seedbed";

  @Test
  void auto_loadsOnTheEmbeddedDatabaseOnly() {
    assertThat(DemoContent.wanted("auto", H2)).isTrue();
    assertThat(DemoContent.wanted("auto", POSTGRESQL)).isFalse();
  }

  @Test
  void oneSetting_turnsItOffOrAsksForItAnywhere() {
    assertThat(DemoContent.wanted("false", H2)).isFalse();
    assertThat(DemoContent.wanted("true", POSTGRESQL)).isTrue();
  }
}
