package coop.seedbed.directory;

import static coop.seedbed.directory.Reconfirmation.Step.ASK;
import static coop.seedbed.directory.Reconfirmation.Step.MARK_UNCONFIRMED;
import static coop.seedbed.directory.Reconfirmation.Step.NOTHING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconfirmationTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");
  private static final Duration YEAR = Duration.ofDays(365);
  private static final Duration SIXTY_DAYS = Duration.ofDays(60);

  private static Reconfirmation.Step step(
      OffsetDateTime confirmed, OffsetDateTime asked, boolean unconfirmed, boolean maintained) {
    return Reconfirmation.step(confirmed, asked, unconfirmed, maintained, NOW, YEAR, SIXTY_DAYS);
  }

  /** Half past eleven at night in UTC is already the next morning in Auckland. */
  private static final OffsetDateTime LATE_EVENING_UTC =
      OffsetDateTime.parse("2026-12-05T23:30:00Z");

  @Test
  void theStillGoingMail_givesTheLastConfirmedDayInTheReadersZone() {
    assertThat(Reconfirmation.day(LATE_EVENING_UTC, Optional.of(ZoneId.of("Pacific/Auckland"))))
        .isEqualTo("6 December 2026");
    assertThat(Reconfirmation.day(LATE_EVENING_UTC, Optional.of(ZoneId.of("America/Chicago"))))
        .isEqualTo("5 December 2026");
  }

  @Test
  void theStillGoingMail_namesUtc_whenTheReadersZoneIsUnknown() {
    assertThat(Reconfirmation.day(LATE_EVENING_UTC, Optional.empty()))
        .isEqualTo("5 December 2026 (UTC)");
  }

  @Test
  void aListingConfirmedWithinTheYear_isLeftAlone() {
    assertThat(step(NOW.minusDays(300), null, false, true)).isEqualTo(NOTHING);
  }

  @Test
  void aMaintainedListingAYearOld_isAsked_andMarkedSixtyDaysLaterIfNobodyAnswers() {
    assertThat(step(NOW.minusDays(366), null, false, true)).isEqualTo(ASK);
    assertThat(step(NOW.minusDays(400), NOW.minusDays(30), false, true)).isEqualTo(NOTHING);
    assertThat(step(NOW.minusDays(430), NOW.minusDays(61), false, true))
        .isEqualTo(MARK_UNCONFIRMED);
  }

  @Test
  void anUnmaintainedListing_cannotBeAsked_soItIsMarkedAfterBothPeriods() {
    assertThat(step(NOW.minusDays(400), null, false, false)).isEqualTo(NOTHING);
    assertThat(step(NOW.minusDays(426), null, false, false)).isEqualTo(MARK_UNCONFIRMED);
  }

  @Test
  void anUnconfirmedListing_isNeverMarkedTwiceNorDeleted() {
    assertThat(step(NOW.minusDays(900), NOW.minusDays(500), true, true)).isEqualTo(NOTHING);
  }
}
