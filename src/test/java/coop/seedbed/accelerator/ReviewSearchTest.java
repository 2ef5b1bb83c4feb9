package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewSearchTest {

  private static final String APPLICATION =
      "We run two bakeries in Leeds and sell our loaves to the city's schools.";

  @Test
  void findsAWordInAnyCase() {
    assertThat(ReviewSearch.of("LEEDS").matches(APPLICATION)).isTrue();
  }

  @Test
  void findsOtherFormsOfAWord() {
    // English stemming: "bakery" and "bakeries" are one stem, as are "school" and "schools".
    assertThat(ReviewSearch.of("bakery").matches(APPLICATION)).isTrue();
    assertThat(ReviewSearch.of("school").matches(APPLICATION)).isTrue();
    assertThat(ReviewSearch.of("bakeries").matches("Our bakery opened in 2019.")).isTrue();
  }

  @Test
  void needsEveryWordAskedFor() {
    assertThat(ReviewSearch.of("bakery leeds").matches(APPLICATION)).isTrue();
    assertThat(ReviewSearch.of("bakery york").matches(APPLICATION)).isFalse();
  }

  @Test
  void doesNotFindAWordThatIsNotThere() {
    assertThat(ReviewSearch.of("brewery").matches(APPLICATION)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "the and of", "?!"})
  void nothingToSearchFor_givesNoSearch(String words) {
    assertThat(ReviewSearch.of(words)).isNull();
  }
}
