package coop.seedbed.accelerator;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionMailsTest {

  private final List<FieldError> errors = new ArrayList<>();

  private static final Map<String, String> VALUES =
      Map.of(
          "name",
          "Ada",
          "project",
          "Crumbs",
          "cohort",
          "Spring 2027",
          "programme",
          "Start a Co-op",
          "link",
          "https://seedbed.coop/accelerator/spring-2027/applications/12",
          "respondBy",
          "Friday 12 March 2027, 17:00 (Europe/London)");

  @Nested
  class Checked {

    @Test
    void acceptsEveryKnownPlaceholder() {
      String template = "Dear {{name}}, {{project}} in {{cohort}} of {{programme}}: {{link}}";

      assertThat(DecisionMails.checked(template, "waitlist", errors)).isEqualTo(template);
      assertThat(errors).isEmpty();
    }

    @Test
    void acceptsRespondByInAnOffer() {
      String template = "Please answer by {{respondBy}}.";

      assertThat(DecisionMails.checked(template, "accept", errors)).isEqualTo(template);
      assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"waitlist", "decline"})
    void refusesRespondByOutsideAnOffer(String field) {
      DecisionMails.checked("Answer by {{respondBy}}.", field, errors);

      assertThat(errors)
          .containsExactly(new FieldError(field, "Only an offer has a respond-by time."));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Dear {{firstName}},  | firstName",
          "Dear {{Name}},       | Name",
          "Dear {{first_name}}, | first_name",
          "Dear {{ name }},     | ' name '"
        })
    void refusesAnUnknownPlaceholder_ratherThanSendingItAsWritten(String template, String inside) {
      assertThat(DecisionMails.checked(template, "decline", errors)).isNull();

      assertThat(errors)
          .containsExactly(
              new FieldError(
                  "decline",
                  "{{"
                      + inside
                      + "}} is not something we can fill in; use {{name}}, {{project}},"
                      + " {{cohort}}, {{programme}}, {{link}} or {{respondBy}}."));
    }

    @Test
    void blank_meansSeedbedsOwnWords() {
      assertThat(DecisionMails.checked("  \n ", "accept", errors)).isNull();
      assertThat(errors).isEmpty();
    }
  }

  @Nested
  class Render {

    @Test
    void fillsEveryPlaceholder() {
      assertThat(DecisionMails.render("Dear {{name}}, {{project}} joins {{cohort}}.", VALUES))
          .isEqualTo("Dear Ada, Crumbs joins Spring 2027.");
    }

    @Test
    void writesValuesLiterally_evenWithDollarsAndBackslashes() {
      assertThat(DecisionMails.render("{{project}}", Map.of("project", "Pay $1 \\ Co")))
          .isEqualTo("Pay $1 \\ Co");
    }
  }

  @Nested
  class Defaults {

    @ParameterizedTest
    @CsvSource({"accept", "waitlist", "decline"})
    void useOnlyPlaceholdersWeFillIn(String field) {
      String template =
          switch (field) {
            case "accept" -> DecisionMails.ACCEPT;
            case "waitlist" -> DecisionMails.WAITLIST;
            default -> DecisionMails.DECLINE;
          };

      assertThat(DecisionMails.checked(template, field, errors)).isEqualTo(template);
      assertThat(errors).isEmpty();
      assertThat(DecisionMails.render(template, VALUES))
          .doesNotContain("{{", "}}")
          .contains("Hello Ada,", "Crumbs", "Spring 2027 of Start a Co-op");
    }

    @Test
    void theOffer_saysByWhenToAnswer() {
      assertThat(DecisionMails.render(DecisionMails.ACCEPT, VALUES))
          .contains("by Friday 12 March 2027, 17:00 (Europe/London)");
    }
  }
}
