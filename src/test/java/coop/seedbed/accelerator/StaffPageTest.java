package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.accelerator.ProgrammeRequest.CriterionRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StaffPageTest {

  @Nested
  class Rubric {

    @Test
    void readsEachBlockAsACriterionWithItsLevels() {
      String text =
          """
          Impact | 3 | How much difference the co-op will make
          Little
          Some
          A lot

          Team | 2 | Whether they can do it
          Not yet
          Ready
          """;

      assertThat(StaffPage.rubric(text))
          .containsExactly(
              new CriterionRequest(
                  "Impact",
                  "How much difference the co-op will make",
                  3,
                  List.of("Little", "Some", "A lot")),
              new CriterionRequest(
                  "Team", "Whether they can do it", 2, List.of("Not yet", "Ready")));
    }

    @Test
    void stripsNumberedPrefixesFromLevels() {
      String text = "Impact | 1 | Difference\n1. Little\n2) Some\n3: A lot\n4.Huge";

      assertThat(StaffPage.rubric(text).get(0).levels())
          .containsExactly("Little", "Some", "A lot", "Huge");
    }

    @Test
    void keepsANumberThatIsPartOfTheLevel() {
      String text = "Members | 1 | How many\n1. Fewer than 3\n10 or more";

      assertThat(StaffPage.rubric(text).get(0).levels())
          .containsExactly("Fewer than 3", "10 or more");
    }

    @Test
    void toleratesSeveralBlankLinesSpacesAndWindowsLineEnds() {
      String text =
          "\r\n  A | 1 | a\r\n Low \r\nHigh\r\n\r\n   \r\n\r\nB | 2 | b\r\nLow\r\nHigh\r\n";

      assertThat(StaffPage.rubric(text))
          .containsExactly(
              new CriterionRequest("A", "a", 1, List.of("Low", "High")),
              new CriterionRequest("B", "b", 2, List.of("Low", "High")));
    }

    @Test
    void keepsAPipeInTheDescription() {
      assertThat(StaffPage.rubric("Fit | 2 | Sector | topics\nLow\nHigh").get(0).description())
          .isEqualTo("Sector | topics");
    }

    @Test
    void aMissingOrUnreadableWeight_isLeftForValidationToName() {
      List<CriterionRequest> criteria = StaffPage.rubric("Impact\nLow\nHigh\n\nTeam | heavy | Who");

      assertThat(criteria)
          .containsExactly(
              new CriterionRequest("Impact", "", null, List.of("Low", "High")),
              new CriterionRequest("Team", "Who", null, List.of()));
    }

    @Test
    void noText_isNoCriteria() {
      assertThat(StaffPage.rubric(null)).isEmpty();
      assertThat(StaffPage.rubric("  \n \n")).isEmpty();
    }
  }

  @Nested
  class Lines {

    @Test
    void givesEachNonBlankLineStripped() {
      assertThat(StaffPage.lines("Apply\r\n\n  Interview  \n\t\nDecide"))
          .containsExactly("Apply", "Interview", "Decide");
    }

    @Test
    void noText_isNoLines() {
      assertThat(StaffPage.lines(null)).isEmpty();
    }
  }
}
