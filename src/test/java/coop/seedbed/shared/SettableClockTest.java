package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SettableClockTest {

  private static final Instant START = Instant.parse("2026-12-05T23:30:00Z");

  @Test
  void aMove_forwardIsObeyed_andTheZonedClocksFollowIt() {
    SettableClock clock = new SettableClock(Clock.fixed(START, ZoneOffset.UTC));
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    Clock inAuckland = clock.withZone(auckland);

    assertThat(clock.moveTo(START.plus(Duration.ofDays(400)))).isTrue();

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(400)));
    assertThat(LocalDate.now(inAuckland)).isEqualTo(LocalDate.of(2028, 1, 10));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aMove_intoThePast_isRefused_andLeavesTheClockWhereItWas() {
    SettableClock clock = new SettableClock(Clock.fixed(START, ZoneOffset.UTC));
    clock.moveTo(START.plus(Duration.ofHours(2)));

    assertThat(clock.moveTo(START.plus(Duration.ofHours(1)))).isFalse();
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(2)));
  }

  @Test
  void aStepForward_countsFromWhereTheClockIs_soAStepOfNothingIsNoMoveBack() {
    SettableClock clock = new SettableClock(Clock.systemUTC());
    Instant before = clock.instant();
    Instant after = clock.advance(Duration.ZERO);
    assertThat(after).isAfterOrEqualTo(before);
    assertThat(clock.advance(Duration.ofDays(1))).isAfterOrEqualTo(after.plus(Duration.ofDays(1)));
  }

  @Test
  void withTheSettingOff_theApplicationHasNoClockToMove() {
    ClockProducer off = new ClockProducer();
    off.settable = false;
    assertThat(off.settable()).isEmpty();
    assertThat(off.clock().getClass()).isNotEqualTo(SettableClock.class);

    ClockProducer on = new ClockProducer();
    on.settable = true;
    assertThat(on.settable()).isPresent();
    assertThat(on.clock()).isSameAs(on.settable().orElseThrow());
  }
}
