package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitTest {

  @Test
  void parse_readsEventsAndWindow() {
    assertThat(Limit.parse("10/PT5M")).isEqualTo(new Limit(10, Duration.ofMinutes(5)));
    assertThat(Limit.parse(" 60 / PT1M ")).isEqualTo(new Limit(60, Duration.ofMinutes(1)));
  }

  @Test
  void parse_refusesWhatIsNotALimit() {
    assertThatThrownBy(() -> Limit.parse("ten a minute"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limit.parse("0/PT1M")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limit.parse("5/1 minute"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
