package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnswersTest {

  private final List<FieldError> errors = new ArrayList<>();

  private static Question question(long id, Question.Kind kind, String label) {
    Question q = new Question();
    q.id = id;
    q.kind = kind;
    q.label = label;
    return q;
  }

  private static Question question(Question.Kind kind) {
    return question(42, kind, "Tell us about it");
  }

  private String read(Question q, Object raw) {
    return Answers.read(q, raw, errors);
  }

  private void assertRefusedWith(String message) {
    assertThat(errors).containsExactly(new FieldError("q42", message));
  }

  @Nested
  class NoAnswer {

    @ParameterizedTest
    @EnumSource(Question.Kind.class)
    void nullOrBlank_isNoAnswerAndNoError(Question.Kind kind) {
      Question q = question(kind);
      q.options = List.of("Yes please", "No thanks");

      assertThat(read(q, null)).isNull();
      assertThat(read(q, "   ")).isNull();
      assertThat(errors).isEmpty();
    }
  }

  @Nested
  class ShortText {

    private final Question q = question(Question.Kind.SHORT_TEXT);

    @Test
    void oneLineOfUpTo300Characters_isKeptStripped() {
      assertThat(read(q, "  A bakery in Leeds  ")).isEqualTo("A bakery in Leeds");
      assertThat(read(q, "x".repeat(300))).hasSize(300);
      assertThat(errors).isEmpty();
    }

    @Test
    void moreThan300Characters_isRefused() {
      assertThat(read(q, "x".repeat(301))).isNull();
      assertRefusedWith("Keep this to one line of at most 300 characters.");
    }

    @Test
    void twoLines_areRefused() {
      assertThat(read(q, "A bakery\nin Leeds")).isNull();
      assertRefusedWith("Keep this to one line of at most 300 characters.");
    }

    @Test
    void aListOfValues_isRefused() {
      assertThat(read(q, List.of("a", "b"))).isNull();
      assertRefusedWith("Answer \"Tell us about it\" with one value.");
    }
  }

  @Nested
  class LongText {

    private final Question q = question(Question.Kind.LONG_TEXT);

    @Test
    void upToTheWordLimit_isKept() {
      q.wordLimit = 5;

      assertThat(read(q, "We bake bread every\nmorning."))
          .isEqualTo("We bake bread every\nmorning.");
      assertThat(errors).isEmpty();
    }

    @Test
    void overTheWordLimit_isRefusedSayingHowManyWordsItHas() {
      q.wordLimit = 5;

      assertThat(read(q, "We bake bread every single morning.")).isNull();
      assertRefusedWith(
          "Keep this to 5 words; it has 6. Nothing was lost: shorten it and save again.");
    }

    @Test
    void withoutAWordLimit_500WordsAreAllowed() {
      assertThat(read(q, "word ".repeat(500))).isNotNull();
      assertThat(read(q, "word ".repeat(501))).isNull();
      assertRefusedWith(
          "Keep this to 500 words; it has 501. Nothing was lost: shorten it and save again.");
    }

    @Test
    void overTheStoredLength_isRefusedSayingHowManyCharactersItHas() {
      // 4,000 words of six letters, a space between: 27,999 characters, within 5,000 words but
      // over the 20,000 an answer can hold, so the message must speak of characters, not words.
      q.wordLimit = 5000;
      String text = "loaves ".repeat(4000).strip();

      assertThat(read(q, text)).isNull();
      assertRefusedWith(
          "Keep this under 20,000 characters; it has 27,999. Nothing was lost: shorten it and"
              + " save again.");
    }
  }

  @Nested
  class SingleChoice {

    private final Question q = question(Question.Kind.SINGLE_CHOICE);

    {
      q.options = List.of("Bakery", "Café");
    }

    @Test
    void oneOfTheOptions_isKept() {
      assertThat(read(q, " Café ")).isEqualTo("Café");
      assertThat(errors).isEmpty();
    }

    @Test
    void anythingElse_isRefused() {
      assertThat(read(q, "Butcher")).isNull();
      assertRefusedWith("Choose one of the answers offered.");
    }
  }

  @Nested
  class MultipleChoice {

    private final Question q = question(Question.Kind.MULTIPLE_CHOICE);

    {
      q.options = List.of("Bread", "Cakes", "Coffee");
    }

    @Test
    void choices_areKeptInTheOptionsOrderWithoutRepeats() {
      assertThat(read(q, List.of("Coffee", " Bread", "Coffee"))).isEqualTo("Bread\nCoffee");
      assertThat(errors).isEmpty();
    }

    @Test
    void oneChoiceAsText_isKept() {
      assertThat(read(q, "Cakes")).isEqualTo("Cakes");
    }

    @Test
    void anUnknownChoice_isRefusedByName() {
      assertThat(read(q, List.of("Bread", "Pies"))).isNull();
      assertRefusedWith("\"Pies\" is not one of the answers offered.");
    }

    @Test
    void anEmptyList_isNoAnswer() {
      assertThat(read(q, List.of())).isNull();
      assertThat(read(q, List.of(" ", ""))).isNull();
      assertThat(errors).isEmpty();
    }
  }

  @Nested
  class Number {

    private final Question q = question(Question.Kind.NUMBER);

    @Test
    void thousandsSeparators_areRead() {
      assertThat(read(q, "1,200")).isEqualTo("1200");
      assertThat(read(q, "1 200")).isEqualTo("1200");
      assertThat(errors).isEmpty();
    }

    @Test
    void decimals_keepNoTrailingZeros() {
      assertThat(read(q, "12.50")).isEqualTo("12.5");
      assertThat(read(q, "3.00")).isEqualTo("3");
    }

    @Test
    void aJsonNumber_isRead() {
      assertThat(read(q, 1200)).isEqualTo("1200");
      assertThat(read(q, 12.5)).isEqualTo("12.5");
    }

    @Test
    void wordsAreRefused() {
      assertThat(read(q, "twelve")).isNull();
      assertRefusedWith("Give a number, such as 3 or 12.5.");
    }

    @Test
    void outsideTheRange_isRefusedNamingTheRange() {
      q.minNumber = 1L;
      q.maxNumber = 10L;

      assertThat(read(q, "1")).isEqualTo("1");
      assertThat(read(q, "10")).isEqualTo("10");
      assertThat(errors).isEmpty();
      assertThat(read(q, "10.5")).isNull();
      assertRefusedWith("Give a number from 1 to 10.");
    }

    @Test
    void belowTheMinimum_isRefusedNamingIt() {
      q.minNumber = 1L;

      assertThat(read(q, "0")).isNull();
      assertRefusedWith("Give a number of at least 1.");
    }

    @Test
    void aboveTheMaximum_isRefusedNamingIt() {
      q.maxNumber = 10L;

      assertThat(read(q, "11")).isNull();
      assertRefusedWith("Give a number of at most 10.");
    }

    @Test
    void anAbsurdlyLargeNumber_isRefused() {
      assertThat(read(q, "2,000,000,000,000")).isNull();
      assertRefusedWith("Give a number of sensible size.");
    }

    @Test
    void anAbsurdlySmallFraction_isRefusedRatherThanWrittenOutInFull() {
      // 1e-30000 is tiny and within any range, but written out it is 30,002 characters: more
      // than an answer can hold (and 1e-999999999 would be a billion, enough to exhaust memory).
      assertThat(read(q, "0.0000000001")).isEqualTo("0.0000000001");
      assertThat(read(q, "1e-30000")).isNull();
      assertRefusedWith("Give a number with at most 10 decimal places.");
    }
  }

  @Nested
  class Url {

    private final Question q = question(Question.Kind.URL);

    @Test
    void anHttpOrHttpsAddress_isKept() {
      assertThat(read(q, "https://breadcoop.org/about")).isEqualTo("https://breadcoop.org/about");
      assertThat(read(q, "http://breadcoop.org")).isEqualTo("http://breadcoop.org");
      assertThat(errors).isEmpty();
    }

    @Test
    void anAddressWithoutScheme_isRefused() {
      assertThat(read(q, "breadcoop.org")).isNull();
      assertRefusedWith("Give a web address starting http:// or https://.");
    }

    @Test
    void anotherSchemeOrNoHost_isRefused() {
      assertThat(read(q, "ftp://breadcoop.org")).isNull();
      assertThat(read(q, "https://")).isNull();
      assertThat(errors).hasSize(2);
    }
  }

  @Nested
  class Eligibility {

    private final Question q = question(Question.Kind.ELIGIBILITY);

    {
      q.stopAnswer = "no";
      q.stopReason = "This cohort is for co-operatives registered in the UK.";
    }

    @Test
    void yes_isKeptInLowerCase() {
      assertThat(read(q, "Yes")).isEqualTo("yes");
      assertThat(errors).isEmpty();
    }

    @Test
    void theStopAnswer_givesTheStatedReason() {
      assertThat(read(q, "NO")).isNull();
      assertRefusedWith("This cohort is for co-operatives registered in the UK.");
    }

    @Test
    void anythingButYesOrNo_isRefused() {
      assertThat(read(q, "maybe")).isNull();
      assertRefusedWith("Answer yes or no.");
    }
  }

  @Nested
  class File {

    @Test
    void aValue_isRefused() {
      assertThat(read(question(Question.Kind.FILE), "budget.pdf")).isNull();
      assertRefusedWith("Upload the file itself; it is not part of the answers.");
    }
  }

  @Nested
  class Missing {

    private final Question team = question(1, Question.Kind.SHORT_TEXT, "Who is on the team?");
    private final Question story = question(2, Question.Kind.LONG_TEXT, "Your story");
    private final Question budget = question(3, Question.Kind.FILE, "Your budget");
    private final List<Question> questions = List.of(team, story, budget);

    {
      team.required = true;
      budget.required = true;
    }

    private static Application application(String summary, String sector) {
      Application a = new Application();
      a.summary = summary;
      a.sector = sector;
      return a;
    }

    @Test
    void listsTheSummarySectorAndEachRequiredQuestion() {
      assertThat(Answers.missing(application("  ", null), questions, Map.of(), Set.of()))
          .containsExactly(
              "A summary of what the team is building.",
              "The sector the co-op works in.",
              "An answer to: Who is on the team?",
              "A file for: Your budget");
    }

    @Test
    void isEmptyWhenEverythingRequiredIsThere() {
      assertThat(
              Answers.missing(
                  application("We bake.", "food"), questions, Map.of(1L, "Ada and Bo"), Set.of(3L)))
          .isEmpty();
    }

    @Test
    void aFileQuestion_isAnsweredByAFileNotByText() {
      assertThat(
              Answers.missing(
                  application("We bake.", "food"),
                  questions,
                  Map.of(1L, "Ada and Bo", 3L, "budget.pdf"),
                  Set.of()))
          .containsExactly("A file for: Your budget");
    }
  }
}
