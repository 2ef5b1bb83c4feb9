package coop.seedbed.booking;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.calendar.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
  private static final List<Interval> NONE = List.of();
  private static final Instant MONDAY_12_JANUARY = Instant.parse("2026-01-12T00:00:00Z");
  private static final Instant TUESDAY_13_JANUARY = Instant.parse("2026-01-13T00:00:00Z");

  @Nested
  class LondonClockChanges {

    private final Availability mondays = mondaysTenToNoon(LONDON);

    @Test
    void mondayAtTenStaysAtTenLondonTime_whenSummerTimeStartsOnTheLastSundayOfMarch() {
      assertThat(starts(mondays, at("2026-03-20T00:00:00Z"), "2026-03-23", "2026-03-31"))
          .containsExactly(
              at("2026-03-23T10:00:00Z"),
              at("2026-03-23T11:00:00Z"),
              at("2026-03-30T09:00:00Z"),
              at("2026-03-30T10:00:00Z"));
    }

    @Test
    void mondayAtTenStaysAtTenLondonTime_whenSummerTimeEndsOnTheLastSundayOfOctober() {
      assertThat(starts(mondays, at("2026-10-15T00:00:00Z"), "2026-10-19", "2026-10-27"))
          .containsExactly(
              at("2026-10-19T09:00:00Z"),
              at("2026-10-19T10:00:00Z"),
              at("2026-10-26T10:00:00Z"),
              at("2026-10-26T11:00:00Z"));
    }

    @Test
    void hoursThatStartInTheRepeatedHour_takeTheFirst_andEveryCallLastsAFullHour() {
      Availability sundayNight =
          Availability.defaults(
              LONDON, List.of(WeeklyHours.of(Set.of(SUNDAY), time("01:00"), time("03:00"))));

      List<Instant> starts =
          starts(sundayNight, at("2026-10-15T00:00:00Z"), "2026-10-24", "2026-10-26");

      // 01:00 to 03:00 on the night the clocks go back is three real hours.
      assertThat(starts)
          .containsExactly(
              at("2026-10-25T00:00:00Z"), at("2026-10-25T01:00:00Z"), at("2026-10-25T02:00:00Z"));
      assertThat(starts.stream().map(start -> start.atZone(LONDON).toOffsetDateTime().toString()))
          .containsExactly("2026-10-25T01:00+01:00", "2026-10-25T01:00Z", "2026-10-25T02:00Z");
    }
  }

  @Nested
  class NewYorkClockChanges {

    private final Availability mondays = mondaysTenToNoon(NEW_YORK);

    @Test
    void mondayAtTenStaysAtTenNewYorkTime_whenDaylightTimeStartsOnTheSecondSundayOfMarch() {
      assertThat(starts(mondays, at("2026-02-25T00:00:00Z"), "2026-03-02", "2026-03-10"))
          .containsExactly(
              at("2026-03-02T15:00:00Z"),
              at("2026-03-02T16:00:00Z"),
              at("2026-03-09T14:00:00Z"),
              at("2026-03-09T15:00:00Z"));
    }

    @Test
    void mondayAtTenStaysAtTenNewYorkTime_whenDaylightTimeEndsOnTheFirstSundayOfNovember() {
      assertThat(starts(mondays, at("2026-10-20T00:00:00Z"), "2026-10-26", "2026-11-03"))
          .containsExactly(
              at("2026-10-26T14:00:00Z"),
              at("2026-10-26T15:00:00Z"),
              at("2026-11-02T15:00:00Z"),
              at("2026-11-02T16:00:00Z"));
    }

    @Test
    void hoursThatStartInTheSpringForwardGap_startWhenTheClockReappears() {
      Availability sundayNight =
          Availability.defaults(
              NEW_YORK, List.of(WeeklyHours.of(Set.of(SUNDAY), time("02:30"), time("05:00"))));

      List<Instant> starts =
          starts(sundayNight, at("2026-02-25T00:00:00Z"), "2026-03-01", "2026-03-09");

      // 02:30 does not exist on 8 March: the hours run 03:30 to 05:00 EDT, room for one call.
      assertThat(starts)
          .containsExactly(
              at("2026-03-01T07:30:00Z"), at("2026-03-01T08:30:00Z"), at("2026-03-08T07:30:00Z"));
      assertThat(starts.get(2).atZone(NEW_YORK).toLocalTime()).isEqualTo(time("03:30"));
    }
  }

  @Nested
  class AucklandClockChanges {

    private final Availability mondays = mondaysTenToNoon(AUCKLAND);

    @Test
    void mondayAtTenStaysAtTenAucklandTime_whenDaylightTimeEndsOnTheFirstSundayOfApril() {
      assertThat(starts(mondays, at("2026-03-25T00:00:00Z"), "2026-03-29", "2026-04-07"))
          .containsExactly(
              at("2026-03-29T21:00:00Z"),
              at("2026-03-29T22:00:00Z"),
              at("2026-04-05T22:00:00Z"),
              at("2026-04-05T23:00:00Z"));
    }

    @Test
    void mondayAtTenStaysAtTenAucklandTime_whenDaylightTimeStartsOnTheLastSundayOfSeptember() {
      assertThat(starts(mondays, at("2026-09-15T00:00:00Z"), "2026-09-20", "2026-09-29"))
          .containsExactly(
              at("2026-09-20T22:00:00Z"),
              at("2026-09-20T23:00:00Z"),
              at("2026-09-27T21:00:00Z"),
              at("2026-09-27T22:00:00Z"));
    }
  }

  @Nested
  class AcrossTheDateLine {

    @Test
    void aHonoluluBookersMonday_holdsTheAucklandVolunteersTuesdayMorning() {
      Availability volunteer =
          Availability.defaults(
              AUCKLAND,
              List.of(WeeklyHours.of(Set.of(MONDAY, TUESDAY), time("09:00"), time("11:00"))));
      LocalDate bookersMonday = LocalDate.of(2026, 6, 15);
      Instant from = bookersMonday.atStartOfDay(HONOLULU).toInstant();
      Instant to = bookersMonday.plusDays(1).atStartOfDay(HONOLULU).toInstant();

      List<Interval> slots =
          SlotPlanner.freeSlots(volunteer, NONE, NONE, at("2026-06-01T00:00:00Z"), from, to);

      assertThat(slots.stream().map(Interval::start))
          .containsExactly(at("2026-06-15T21:00:00Z"), at("2026-06-15T22:00:00Z"));
      for (Interval slot : slots) {
        ZonedDateTime forBooker = slot.start().atZone(HONOLULU);
        ZonedDateTime forVolunteer = slot.start().atZone(AUCKLAND);
        assertThat(forBooker.toLocalDate()).isEqualTo(bookersMonday);
        assertThat(forBooker.getDayOfWeek()).isEqualTo(MONDAY);
        assertThat(forVolunteer.toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(forVolunteer.getDayOfWeek()).isEqualTo(TUESDAY);
      }
      assertThat(slots.get(0).start().atZone(HONOLULU).toLocalTime()).isEqualTo(time("11:00"));
      assertThat(slots.get(0).start().atZone(AUCKLAND).toLocalTime()).isEqualTo(time("09:00"));
    }
  }

  @Nested
  class Overrides {

    @Test
    void aHolidayRemovesTheDay_anOverrideReplacesItsHours_andCanOpenAnotherDay() {
      Availability availability =
          mondaysTenToNoon(LONDON)
              .withOverrides(
                  List.of(
                      DateOverride.unavailable(LocalDate.of(2026, 4, 6)),
                      new DateOverride(
                          LocalDate.of(2026, 4, 13),
                          List.of(new TimeRange(time("14:00"), time("16:00")))),
                      new DateOverride(
                          LocalDate.of(2026, 4, 18),
                          List.of(new TimeRange(time("09:00"), time("10:00"))))));

      assertThat(starts(availability, at("2026-04-01T00:00:00Z"), "2026-04-06", "2026-04-21"))
          .containsExactly(
              at("2026-04-13T13:00:00Z"),
              at("2026-04-13T14:00:00Z"),
              at("2026-04-18T08:00:00Z"),
              at("2026-04-20T09:00:00Z"),
              at("2026-04-20T10:00:00Z"));
    }
  }

  @Nested
  class Buffers {

    // January, so London time is UTC and the expected instants read as local times.
    private final Availability elevenToThree =
        Availability.defaults(
                LONDON, List.of(WeeklyHours.of(Set.of(MONDAY), time("11:00"), time("15:00"))))
            .withBuffer(Duration.ofMinutes(15));
    private final Instant now = at("2026-01-05T00:00:00Z");

    @Test
    void theGridStepsByCallAndBuffer() {
      assertThat(
              SlotPlanner.freeSlots(
                  elevenToThree, NONE, NONE, now, MONDAY_12_JANUARY, TUESDAY_13_JANUARY))
          .extracting(Interval::start)
          .containsExactly(
              at("2026-01-12T11:00:00Z"), at("2026-01-12T12:15:00Z"), at("2026-01-12T13:30:00Z"));
    }

    @Test
    void aBookedCall_closesTheGridStartsWithinTheBufferOnEitherSide() {
      List<Interval> booked =
          List.of(
              new Interval(at("2026-01-12T10:00:00Z"), at("2026-01-12T11:00:00Z")),
              new Interval(at("2026-01-12T14:40:00Z"), at("2026-01-12T15:40:00Z")));

      assertThat(
              SlotPlanner.freeSlots(
                  elevenToThree, NONE, booked, now, MONDAY_12_JANUARY, TUESDAY_13_JANUARY))
          .extracting(Interval::start)
          .containsExactly(at("2026-01-12T12:15:00Z"));
    }

    @Test
    void aCallBookedOnTheGrid_leavesItsNeighboursAFullBufferAway() {
      List<Interval> booked =
          List.of(new Interval(at("2026-01-12T12:15:00Z"), at("2026-01-12T13:15:00Z")));

      assertThat(
              SlotPlanner.freeSlots(
                  elevenToThree, NONE, booked, now, MONDAY_12_JANUARY, TUESDAY_13_JANUARY))
          .extracting(Interval::start)
          .containsExactly(at("2026-01-12T11:00:00Z"), at("2026-01-12T13:30:00Z"));
    }
  }

  @Nested
  class BusyTimes {

    private final Availability mondays = mondaysTenToNoon(LONDON);
    private final Instant now = at("2026-01-05T00:00:00Z");

    @Test
    void aBusyTimeRemovesEverySlotItOverlaps() {
      List<Interval> busy =
          List.of(new Interval(at("2026-01-12T10:30:00Z"), at("2026-01-12T10:45:00Z")));

      assertThat(
              SlotPlanner.freeSlots(
                  mondays, busy, NONE, now, MONDAY_12_JANUARY, TUESDAY_13_JANUARY))
          .extracting(Interval::start)
          .containsExactly(at("2026-01-12T11:00:00Z"));
    }

    @Test
    void busyTimesThatOnlyTouchASlot_leaveIt() {
      List<Interval> busy =
          List.of(
              new Interval(at("2026-01-12T09:00:00Z"), at("2026-01-12T10:00:00Z")),
              new Interval(at("2026-01-12T12:00:00Z"), at("2026-01-12T13:00:00Z")));

      assertThat(
              SlotPlanner.freeSlots(
                  mondays, busy, NONE, now, MONDAY_12_JANUARY, TUESDAY_13_JANUARY))
          .extracting(Interval::start)
          .containsExactly(at("2026-01-12T10:00:00Z"), at("2026-01-12T11:00:00Z"));
    }
  }

  @Nested
  class NoticeAndHorizon {

    private final Availability mondays = mondaysTenToNoon(LONDON);

    @Test
    void aSlotExactlyTheMinimumNoticeAway_isOffered_aMinuteLessIsNot() {
      assertThat(starts(mondays, at("2026-01-11T10:00:00Z"), "2026-01-12", "2026-01-13"))
          .containsExactly(at("2026-01-12T10:00:00Z"), at("2026-01-12T11:00:00Z"));
      assertThat(starts(mondays, at("2026-01-11T10:01:00Z"), "2026-01-12", "2026-01-13"))
          .containsExactly(at("2026-01-12T11:00:00Z"));
    }

    @Test
    void aSlotStartingAtTheHorizon_isNotOffered() {
      assertThat(starts(mondays, at("2026-01-05T10:00:00Z"), "2026-01-26", "2026-02-10"))
          .containsExactly(at("2026-01-26T10:00:00Z"), at("2026-01-26T11:00:00Z"));
      assertThat(starts(mondays, at("2026-01-05T10:01:00Z"), "2026-01-26", "2026-02-10"))
          .containsExactly(
              at("2026-01-26T10:00:00Z"), at("2026-01-26T11:00:00Z"), at("2026-02-02T10:00:00Z"));
    }
  }

  @Nested
  class CallsPerWeek {

    @Test
    void aWeekHoldingTheMostCalls_offersNothing_theNextWeekDoes() {
      Availability availability =
          Availability.defaults(
                  LONDON,
                  List.of(WeeklyHours.of(Set.of(MONDAY, WEDNESDAY), time("10:00"), time("12:00"))))
              .withMaxPerWeek(2);
      List<Interval> booked =
          List.of(
              new Interval(at("2026-01-12T10:00:00Z"), at("2026-01-12T11:00:00Z")),
              new Interval(at("2026-01-14T10:00:00Z"), at("2026-01-14T11:00:00Z")));

      List<Interval> slots =
          SlotPlanner.freeSlots(
              availability,
              NONE,
              booked,
              at("2026-01-05T00:00:00Z"),
              at("2026-01-12T00:00:00Z"),
              at("2026-01-26T00:00:00Z"));

      assertThat(slots)
          .extracting(Interval::start)
          .containsExactly(
              at("2026-01-19T10:00:00Z"),
              at("2026-01-19T11:00:00Z"),
              at("2026-01-21T10:00:00Z"),
              at("2026-01-21T11:00:00Z"));
    }

    @Test
    void weeksRunMondayToSundayInTheVolunteersZone_notInUtc() {
      Availability fridays =
          Availability.defaults(
                  AUCKLAND, List.of(WeeklyHours.of(Set.of(FRIDAY), time("09:00"), time("10:00"))))
              .withMaxPerWeek(1);
      // Monday 15 June 06:00 in Auckland, which is still Sunday 14 June in UTC.
      List<Interval> booked =
          List.of(new Interval(at("2026-06-14T18:00:00Z"), at("2026-06-14T19:00:00Z")));

      List<Interval> slots =
          SlotPlanner.freeSlots(
              fridays,
              NONE,
              booked,
              at("2026-06-01T00:00:00Z"),
              at("2026-06-10T00:00:00Z"),
              at("2026-06-20T00:00:00Z"));

      // Friday 12 June (the week before) stays open; Friday 19 June shares the booked week.
      assertThat(slots).extracting(Interval::start).containsExactly(at("2026-06-11T21:00:00Z"));
    }
  }

  @Nested
  class Offers {

    private final Availability mondays = mondaysTenToNoon(LONDON);
    private final Instant now = at("2026-01-05T00:00:00Z");

    @Test
    void anOfferedSlot_isOffered() {
      assertThat(SlotPlanner.offers(mondays, NONE, NONE, now, hour("2026-01-12T10:00:00Z")))
          .isTrue();
    }

    @Test
    void aShiftedOrShortenedSlot_isNot() {
      assertThat(SlotPlanner.offers(mondays, NONE, NONE, now, hour("2026-01-12T10:05:00Z")))
          .isFalse();
      assertThat(
              SlotPlanner.offers(
                  mondays,
                  NONE,
                  NONE,
                  now,
                  new Interval(at("2026-01-12T10:00:00Z"), at("2026-01-12T10:30:00Z"))))
          .isFalse();
    }

    @Test
    void aSlotSomeoneHasJustBooked_isNoLongerOffered() {
      Interval slot = hour("2026-01-12T10:00:00Z");

      assertThat(SlotPlanner.offers(mondays, NONE, List.of(slot), now, slot)).isFalse();
    }
  }

  private static Availability mondaysTenToNoon(ZoneId zone) {
    return Availability.defaults(
        zone, List.of(WeeklyHours.of(Set.of(MONDAY), time("10:00"), time("12:00"))));
  }

  /**
   * Starts of the free slots from midnight UTC on {@code fromDate} to midnight on {@code toDate}.
   */
  private static List<Instant> starts(
      Availability availability, Instant now, String fromDate, String toDate) {
    return SlotPlanner.freeSlots(
            availability, NONE, NONE, now, midnightUtc(fromDate), midnightUtc(toDate))
        .stream()
        .map(Interval::start)
        .toList();
  }

  private static Interval hour(String start) {
    return Interval.of(at(start), Duration.ofHours(1));
  }

  private static Instant midnightUtc(String date) {
    return at(date + "T00:00:00Z");
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static LocalTime time(String time) {
    return LocalTime.parse(time);
  }
}
