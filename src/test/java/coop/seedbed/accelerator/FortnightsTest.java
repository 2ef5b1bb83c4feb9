package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FortnightsTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  // London's clocks go forward on Sunday 28 March 2027, inside the first fortnight.
  static final LocalDate STARTS = LocalDate.of(2027, 3, 15);

  @Nested
  class Period {

    @Test
    void isZeroForTheFirstFourteenDays_thenOneForTheNextFourteen() {
      assertThat(Fortnights.period(STARTS, STARTS)).isZero();
      assertThat(Fortnights.period(STARTS, STARTS.plusDays(13))).isZero();
      assertThat(Fortnights.period(STARTS, STARTS.plusDays(14))).isEqualTo(1);
      assertThat(Fortnights.period(STARTS, STARTS.plusDays(27))).isEqualTo(1);
      assertThat(Fortnights.period(STARTS, STARTS.plusDays(28))).isEqualTo(2);
    }

    @Test
    void theSecondFortnight_beginsAtMidnightOnTheCohortsClock_acrossTheClockChange() {
      // 00:30 on 29 March in London (BST) is still 28 March in UTC: fourteen days on the cohort's
      // calendar, though only 13 days and 23 hours have passed since midnight on the first day.
      Instant justAfter = Instant.parse("2027-03-28T23:30:00Z");
      Instant justBefore = Instant.parse("2027-03-28T22:59:00Z");

      assertThat(Fortnights.period(STARTS, justAfter, LONDON)).isEqualTo(1);
      assertThat(Fortnights.period(STARTS, justBefore, LONDON)).isZero();
      assertThat(Fortnights.firstDay(STARTS, 1)).isEqualTo(LocalDate.of(2027, 3, 29));
    }

    @Test
    void beforeTheFirstDay_countsAsTheFirstFortnight() {
      assertThat(Fortnights.period(STARTS, STARTS.minusDays(3))).isZero();
    }
  }

  @Nested
  class Quiet {

    @Test
    void nobodyIsQuietBeforeTheCohortStarts() {
      assertThat(Fortnights.quiet(STARTS, STARTS.minusDays(1), null)).isFalse();
    }

    @Test
    void aTeamThatNeverCheckedIn_isQuietOnceTheCohortHasStarted() {
      assertThat(Fortnights.quiet(STARTS, STARTS, null)).isTrue();
      assertThat(Fortnights.quiet(STARTS, STARTS.plusDays(40), null)).isTrue();
    }

    @Test
    void aCheckInThisFortnightOrTheLast_keepsATeamFromBeingQuiet() {
      LocalDate inThird = STARTS.plusDays(30);

      assertThat(Fortnights.quiet(STARTS, inThird, 2)).isFalse();
      assertThat(Fortnights.quiet(STARTS, inThird, 1)).isFalse();
      assertThat(Fortnights.quiet(STARTS, inThird, 0)).isTrue();
    }
  }
}
