package coop.seedbed.booking;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AvailabilityTest {

  private static final LocalTime TEN = LocalTime.of(10, 0);
  private static final LocalTime NOON = LocalTime.of(12, 0);

  @Nested
  class Weekly {

    @Test
    void hoursOnChosenDays_writeAWeeklyRule_thatReadsBackAsThoseDays() {
      WeeklyHours hours = WeeklyHours.of(Set.of(FRIDAY, MONDAY, WEDNESDAY), TEN, NOON);

      assertThat(hours.rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
      assertThat(hours.days()).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void aDailyRule_meansEveryDay_unlessItNamesDays() {
      assertThat(new WeeklyHours("FREQ=DAILY", TEN, NOON).days())
          .isEqualTo(EnumSet.allOf(DayOfWeek.class));
      assertThat(new WeeklyHours("FREQ=DAILY;BYDAY=SA,SU", TEN, NOON).days())
          .containsExactly(SATURDAY, SUNDAY);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "every Monday",
          "FREQ=MONTHLY;BYDAY=MO",
          "FREQ=WEEKLY",
          "FREQ=WEEKLY;BYDAY=1MO",
          "FREQ=WEEKLY;BYDAY=XX",
          "FREQ=WEEKLY;BYDAY=MO;INTERVAL=2",
          "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
          "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T000000Z",
          "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10"
        })
    void aRuleThatDoesMoreThanNameWeekdays_isRefused(String rule) {
      assertThatThrownBy(() -> new WeeklyHours(rule, TEN, NOON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(rule);
    }

    @Test
    void hoursThatDoNotEndAfterTheyStart_areRefused() {
      assertThatThrownBy(() -> WeeklyHours.of(Set.of(MONDAY), NOON, TEN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Hours must end after they start: 12:00 to 10:00");
      assertThatThrownBy(() -> new TimeRange(TEN, TEN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> WeeklyHours.of(Set.of(), TEN, NOON))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Settings {

    private final List<WeeklyHours> mondays = List.of(WeeklyHours.of(Set.of(MONDAY), TEN, NOON));

    @Test
    void defaults_areOneHourCallsBackToBack_aDaysNotice_andFourWeeksAhead() {
      Availability availability = Availability.defaults(ZoneId.of("Europe/London"), mondays);

      assertThat(availability.callLength()).isEqualTo(Duration.ofHours(1));
      assertThat(availability.buffer()).isZero();
      assertThat(availability.minimumNotice()).isEqualTo(Duration.ofHours(24));
      assertThat(availability.horizon()).isEqualTo(Duration.ofDays(28));
      assertThat(availability.maxPerWeek()).isPositive();
    }

    @Test
    void callsAndBuffers_comeInWholeStepsOfFiveMinutes() {
      assertThatThrownBy(() -> withCallAndBuffer(Duration.ofMinutes(47), Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> withCallAndBuffer(Duration.ZERO, Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> withCallAndBuffer(Duration.ofHours(1), Duration.ofMinutes(7)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> withCallAndBuffer(Duration.ofHours(1), Duration.ofMinutes(-5)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(withCallAndBuffer(Duration.ofMinutes(45), Duration.ofMinutes(10)).callLength())
          .isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void aVolunteerTakesAtLeastOneCallAWeek() {
      Availability availability = Availability.defaults(ZoneId.of("Europe/London"), mondays);

      assertThatThrownBy(() -> availability.withMaxPerWeek(0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneDateCannotHaveTwoOverrides() {
      Availability availability = Availability.defaults(ZoneId.of("Europe/London"), mondays);
      LocalDate easterMonday = LocalDate.of(2026, 4, 6);

      assertThatThrownBy(
              () ->
                  availability.withOverrides(
                      List.of(
                          DateOverride.unavailable(easterMonday),
                          new DateOverride(easterMonday, List.of(new TimeRange(TEN, NOON))))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2026-04-06");
    }

    private Availability withCallAndBuffer(Duration callLength, Duration buffer) {
      return new Availability(
          ZoneId.of("Europe/London"),
          mondays,
          List.of(),
          callLength,
          buffer,
          Duration.ofHours(24),
          Duration.ofDays(28),
          3);
    }
  }
}
