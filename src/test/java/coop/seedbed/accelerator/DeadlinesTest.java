package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A window's local times read on the zone's own clock, checked as exact UTC instants on the days
 * the clocks change in 2027. Offsets: London GMT +0 / BST +1; New York EST -5 / EDT -4; Auckland
 * NZST +12 / NZDT +13.
 */
class DeadlinesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

  private static LocalDateTime local(String text) {
    return LocalDateTime.parse(text);
  }

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  @Nested
  class OrdinaryDays {

    @Test
    void closing_isTheSameClockTimeInWinterInLondon() {
      // January is GMT, +0: 23:59 on London's clock is 23:59 UTC.
      assertThat(Deadlines.closing(local("2027-01-31T23:59"), LONDON))
          .isEqualTo(utc("2027-01-31T23:59:00Z"));
    }

    @Test
    void closing_isAnHourEarlierInUtcInLondonsSummer() {
      // July is BST, +1: 23:59 in London is 22:59 UTC.
      assertThat(Deadlines.closing(local("2027-07-31T23:59"), LONDON))
          .isEqualTo(utc("2027-07-31T22:59:00Z"));
    }

    @Test
    void openingAndClosing_agreeWhenTheLocalTimeHappensOnce() {
      // 1 December 09:00 GMT happens once, so there is nothing to choose between.
      LocalDateTime time = local("2027-12-01T09:00");

      assertThat(Deadlines.opening(time, LONDON))
          .isEqualTo(Deadlines.closing(time, LONDON))
          .isEqualTo(utc("2027-12-01T09:00:00Z"));
    }
  }

  @Nested
  class London {

    @Test
    void closing_theDayBeforeTheClocksGoForward_isInGmt() {
      // Saturday 27 March 2027 is still GMT, +0.
      assertThat(Deadlines.closing(local("2027-03-27T23:59"), LONDON))
          .isEqualTo(utc("2027-03-27T23:59:00Z"));
    }

    @Test
    void closing_theDayTheClocksGoForward_isInBst() {
      // From 01:00 GMT on 28 March the clock reads BST, +1: 23:59 BST is 22:59 UTC.
      assertThat(Deadlines.closing(local("2027-03-28T23:59"), LONDON))
          .isEqualTo(utc("2027-03-28T22:59:00Z"));
    }

    @Test
    void closing_insideTheSkippedHour_landsAnHourOn() {
      // 01:00 to 02:00 never shows on 28 March; 01:30 is read as 02:30 BST, which is 01:30 UTC.
      assertThat(Deadlines.closing(local("2027-03-28T01:30"), LONDON))
          .isEqualTo(utc("2027-03-28T01:30:00Z"));
      assertThat(Deadlines.opening(local("2027-03-28T01:30"), LONDON))
          .isEqualTo(utc("2027-03-28T01:30:00Z"));
    }

    @Test
    void closing_theDayBeforeTheClocksGoBack_isInBst() {
      // Saturday 30 October 2027 is still BST: 23:59 - 1 h = 22:59 UTC.
      assertThat(Deadlines.closing(local("2027-10-30T23:59"), LONDON))
          .isEqualTo(utc("2027-10-30T22:59:00Z"));
    }

    @Test
    void closing_theDayTheClocksGoBack_isInGmt() {
      // From 02:00 BST on 31 October the clock reads GMT again, +0.
      assertThat(Deadlines.closing(local("2027-10-31T23:59"), LONDON))
          .isEqualTo(utc("2027-10-31T23:59:00Z"));
    }

    @Test
    void closing_isTheLaterInstantWhenTheClocksGoBack() {
      // 01:30 shows twice on 31 October: first in BST (00:30 UTC), then in GMT (01:30 UTC).
      assertThat(Deadlines.closing(local("2027-10-31T01:30"), LONDON))
          .isEqualTo(utc("2027-10-31T01:30:00Z"));
    }

    @Test
    void opening_isTheEarlierInstantWhenTheClocksGoBack() {
      assertThat(Deadlines.opening(local("2027-10-31T01:30"), LONDON))
          .isEqualTo(utc("2027-10-31T00:30:00Z"));
    }
  }

  @Nested
  class NewYork {

    @Test
    void closing_theDayBeforeTheClocksGoForward_isInEst() {
      // Saturday 13 March 2027, EST -5: 23:59 + 5 h = 04:59 UTC on the 14th.
      assertThat(Deadlines.closing(local("2027-03-13T23:59"), NEW_YORK))
          .isEqualTo(utc("2027-03-14T04:59:00Z"));
    }

    @Test
    void closing_theDayTheClocksGoForward_isInEdt() {
      // From 02:00 EST on 14 March the clock reads EDT, -4: 23:59 + 4 h = 03:59 UTC on the 15th.
      assertThat(Deadlines.closing(local("2027-03-14T23:59"), NEW_YORK))
          .isEqualTo(utc("2027-03-15T03:59:00Z"));
    }

    @Test
    void closing_insideTheSkippedHour_landsAnHourOn() {
      // 02:30 never shows on 14 March; read as 03:30 EDT, + 4 h = 07:30 UTC.
      assertThat(Deadlines.closing(local("2027-03-14T02:30"), NEW_YORK))
          .isEqualTo(utc("2027-03-14T07:30:00Z"));
    }

    @Test
    void closing_theDayBeforeTheClocksGoBack_isInEdt() {
      // Saturday 6 November 2027, EDT -4: 23:59 + 4 h = 03:59 UTC on the 7th.
      assertThat(Deadlines.closing(local("2027-11-06T23:59"), NEW_YORK))
          .isEqualTo(utc("2027-11-07T03:59:00Z"));
    }

    @Test
    void closing_theDayTheClocksGoBack_isInEst() {
      // From 02:00 EDT on 7 November the clock reads EST, -5: 23:59 + 5 h = 04:59 UTC on the 8th.
      assertThat(Deadlines.closing(local("2027-11-07T23:59"), NEW_YORK))
          .isEqualTo(utc("2027-11-08T04:59:00Z"));
    }

    @Test
    void closingAndOpening_takeTheLaterAndEarlierOfTheRepeatedHour() {
      // 01:30 shows twice on 7 November: in EDT (05:30 UTC), then in EST (06:30 UTC).
      assertThat(Deadlines.closing(local("2027-11-07T01:30"), NEW_YORK))
          .isEqualTo(utc("2027-11-07T06:30:00Z"));
      assertThat(Deadlines.opening(local("2027-11-07T01:30"), NEW_YORK))
          .isEqualTo(utc("2027-11-07T05:30:00Z"));
    }
  }

  @Nested
  class Auckland {

    @Test
    void closing_theDayBeforeTheClocksGoBack_isInNzdt() {
      // Saturday 3 April 2027, NZDT +13: 23:59 - 13 h = 10:59 UTC the same day.
      assertThat(Deadlines.closing(local("2027-04-03T23:59"), AUCKLAND))
          .isEqualTo(utc("2027-04-03T10:59:00Z"));
    }

    @Test
    void closing_theDayTheClocksGoBack_isInNzst() {
      // From 03:00 NZDT on 4 April the clock reads NZST, +12: 23:59 - 12 h = 11:59 UTC.
      assertThat(Deadlines.closing(local("2027-04-04T23:59"), AUCKLAND))
          .isEqualTo(utc("2027-04-04T11:59:00Z"));
    }

    @Test
    void closingAndOpening_takeTheLaterAndEarlierOfTheRepeatedHour() {
      // 02:30 shows twice on 4 April: in NZDT (13:30 UTC on the 3rd), then NZST (14:30 UTC).
      assertThat(Deadlines.closing(local("2027-04-04T02:30"), AUCKLAND))
          .isEqualTo(utc("2027-04-03T14:30:00Z"));
      assertThat(Deadlines.opening(local("2027-04-04T02:30"), AUCKLAND))
          .isEqualTo(utc("2027-04-03T13:30:00Z"));
    }

    @Test
    void closing_theDayBeforeTheClocksGoForward_isInNzst() {
      // Saturday 25 September 2027, NZST +12: 23:59 - 12 h = 11:59 UTC the same day.
      assertThat(Deadlines.closing(local("2027-09-25T23:59"), AUCKLAND))
          .isEqualTo(utc("2027-09-25T11:59:00Z"));
    }

    @Test
    void closing_theDayTheClocksGoForward_isInNzdt() {
      // From 02:00 NZST on 26 September the clock reads NZDT, +13: 23:59 - 13 h = 10:59 UTC.
      assertThat(Deadlines.closing(local("2027-09-26T23:59"), AUCKLAND))
          .isEqualTo(utc("2027-09-26T10:59:00Z"));
    }

    @Test
    void closing_insideTheSkippedHour_landsAnHourOn() {
      // 02:30 never shows on 26 September; read as 03:30 NZDT, - 13 h = 14:30 UTC on the 25th.
      assertThat(Deadlines.closing(local("2027-09-26T02:30"), AUCKLAND))
          .isEqualTo(utc("2027-09-25T14:30:00Z"));
    }
  }
}
