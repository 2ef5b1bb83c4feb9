package coop.seedbed.booking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A profile's lists and texts are refused on their own field before they reach a column. */
class VolunteerRequestTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static VolunteerRequest profile(List<String> languages, String overrides) {
    return new VolunteerRequest(
        "Ada",
        "Worker co-op founder.",
        null,
        List.of("governance"),
        languages,
        "Europe/London",
        "Mon 10:00-12:00",
        overrides,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Set<String> fields(VolunteerRequest request) {
    return VALIDATOR.validate(request).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static List<String> codes(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
        .toList();
  }

  @Test
  void aFewLanguages_andShortOverrides_pass() {
    assertThat(fields(profile(codes(5), "2027-12-25 closed"))).isEmpty();
  }

  @Test
  void moreLanguagesThanTheProfileKeeps_areRefusedOnLanguages() {
    assertThat(fields(profile(codes(62), ""))).containsExactly("languages");
    assertThat(fields(profile(Collections.nCopies(200_000, "en"), "")))
        .containsExactly("languages");
  }

  @Test
  void overridesLongerThanTheProfileKeeps_areRefusedOnOverrides() {
    String overrides = "2027-01-01 09:00-10:00,11:00-12:00\n".repeat(150);
    assertThat(overrides.length()).isGreaterThan(5_000);
    assertThat(fields(profile(List.of("en"), overrides))).containsExactly("overrides");
  }
}
