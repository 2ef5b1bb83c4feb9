package coop.seedbed.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringTest {

  static final LocalDate WEEK = LocalDate.of(2027, 3, 1);

  /** A remote designer in London, 9 to 17 on weekdays, English, consent, equal pay, food. */
  static Facts person(
      long id,
      Set<String> skills,
      String zone,
      int start,
      int end,
      boolean remote,
      Set<String> languages) {
    return new Facts(
        Facts.PROFILE,
        id,
        id,
        "P" + id,
        Set.of("start"),
        skills,
        Set.of("food"),
        Set.of("consent"),
        Set.of("equal"),
        20,
        "London",
        "GB",
        51.5072,
        -0.1276,
        remote ? null : 50,
        remote,
        zone,
        LocalTime.of(start, 0),
        LocalTime.of(end, 0),
        Set.of("MO", "TU", "WE", "TH", "FR"),
        true,
        languages);
  }

  @Nested
  class HardLimits {

    @Test
    void noLanguageInCommon_isNeverSuggested() {
      Facts you = person(1, Set.of("ux"), "Europe/London", 9, 17, true, Set.of("en"));
      Facts them = person(2, Set.of("backend"), "Europe/London", 9, 17, true, Set.of("es"));
      assertThat(Scoring.score(you, them, Scoring.Attention.NONE, WEEK).excluded())
          .isEqualTo("no language in common");
    }

    @Test
    void noOverlapInWorkingTime_whenBothSayItMatters_isNeverSuggested() {
      // London 09:00-17:00 is 09:00-17:00 UTC in March; Auckland 09:00-17:00 is 20:00-04:00 UTC.
      Facts you = person(1, Set.of("ux"), "Europe/London", 9, 17, true, Set.of("en"));
      Facts them = person(2, Set.of("backend"), "Pacific/Auckland", 9, 17, true, Set.of("en"));
      assertThat(Scoring.overlapHours(you, them, WEEK)).isZero();
      assertThat(Scoring.score(you, them, Scoring.Attention.NONE, WEEK).excluded())
          .contains("no overlap in working time");
    }

    @Test
    void someoneOutsideYourRadius_whenYouWorkOnlyInPerson_isNeverSuggested() {
      Facts you = person(1, Set.of("ux"), "Europe/London", 9, 17, false, Set.of("en"));
      Facts manchester =
          new Facts(
              Facts.PROFILE,
              2,
              2,
              "M",
              Set.of("start"),
              Set.of("backend"),
              Set.of("food"),
              Set.of("consent"),
              Set.of("equal"),
              20,
              "Manchester",
              "GB",
              53.4808,
              -2.2426,
              null,
              true,
              "Europe/London",
              LocalTime.of(9, 0),
              LocalTime.of(17, 0),
              Set.of("MO", "TU", "WE", "TH", "FR"),
              true,
              Set.of("en"));
      // About 262 km apart; you said 50 km.
      assertThat(Scoring.distanceKm(you, manchester)).isBetween(255.0, 270.0);
      assertThat(Scoring.score(you, manchester, Scoring.Attention.NONE, WEEK).excluded())
          .isEqualTo("outside where you would work");
    }
  }

  @Nested
  class Parts {

    @Test
    void eachReasonIsAPart_andTheScoreIsTheirSum() {
      Facts you =
          person(1, Set.of("ux", "graphic"), "Europe/London", 9, 17, true, Set.of("en", "es"));
      Facts them = person(2, Set.of("backend", "ux"), "Europe/Berlin", 9, 17, true, Set.of("en"));
      Scoring.Result r = Scoring.score(you, them, Scoring.Attention.NONE, WEEK);
      // Shared ux: 1. They add "build": 2. Berlin 9-17 is 08-16 UTC, London 09-17: 7 h a day,
      // 35 h a week: 3 (capped). Consent 2, equal pay 1, food 2, English 1, both remote 1 (0 km
      // apart is not said: distance from the same point is 0, so "0 km apart" 2), 20 h each 2.
      assertThat(r.parts())
          .extracting(Scoring.Part::code, Scoring.Part::points)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("shared-skills", 1),
              org.assertj.core.groups.Tuple.tuple("complementary", 2),
              org.assertj.core.groups.Tuple.tuple("overlap", 3),
              org.assertj.core.groups.Tuple.tuple("decision", 2),
              org.assertj.core.groups.Tuple.tuple("pay", 1),
              org.assertj.core.groups.Tuple.tuple("sector", 2),
              org.assertj.core.groups.Tuple.tuple("language", 1),
              org.assertj.core.groups.Tuple.tuple("distance", 2),
              org.assertj.core.groups.Tuple.tuple("commitment", 2));
      assertThat(r.score()).isEqualTo(16);
      assertThat(Scoring.overlapHours(you, them, WEEK)).isEqualTo(35);
    }

    @Test
    void complementarySkills_readAsPeopleSayThem() {
      assertThat(Scoring.complementary(Set.of("design"), Set.of("build")))
          .isEqualTo("you design, they build, neither keeps the books yet");
      assertThat(Scoring.complementary(Set.of("design"), Set.of("build", "money")))
          .isEqualTo("you design, they build and keep the books");
    }

    @Test
    void requestsLeftUnanswered_lowerTheScore_andSaySo() {
      Facts you = person(1, Set.of("ux"), "Europe/London", 9, 17, true, Set.of("en"));
      Facts them = person(2, Set.of("backend"), "Europe/London", 9, 17, true, Set.of("en"));
      int quiet = Scoring.score(you, them, Scoring.Attention.NONE, WEEK).score();
      Scoring.Result ignoring = Scoring.score(you, them, new Scoring.Attention(0, 3), WEEK);
      assertThat(ignoring.score()).isEqualTo(quiet - 2);
      assertThat(ignoring.parts())
          .extracting(Scoring.Part::text)
          .contains("has left requests unanswered lately, so shown lower");
    }
  }

  @Test
  void weeklyHours_followEachZonesClock_acrossAClockChange() {
    // New York moves to summer time on 14 March 2027; London on 28 March. Between the two, 9-17
    // in New York is 13-21 UTC and 9-17 in London 9-17 UTC: 4 hours a day in common.
    Facts london = person(1, Set.of(), "Europe/London", 9, 17, true, Set.of("en"));
    Facts newYork = person(2, Set.of(), "America/New_York", 9, 17, true, Set.of("en"));
    assertThat(Scoring.overlapHours(london, newYork, LocalDate.of(2027, 3, 22))).isEqualTo(20);
    // Before both changes: 14-22 UTC against 9-17: 3 hours a day.
    assertThat(Scoring.overlapHours(london, newYork, LocalDate.of(2027, 3, 1))).isEqualTo(15);
  }
}
