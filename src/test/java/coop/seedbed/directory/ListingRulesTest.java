package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static OrganisationRequest listing(
      String kind, String country, String website, Double lat, Double lon, List<String> languages) {
    return new OrganisationRequest(
        "Example Co-op",
        kind,
        null,
        website,
        null,
        null,
        null,
        country,
        lat,
        lon,
        List.of("Food"),
        List.of(),
        List.of(),
        languages,
        null,
        2010,
        false,
        false,
        false,
        true,
        null,
        null);
  }

  private static Map<String, String> problems(OrganisationRequest request) {
    return VALIDATOR.validate(request).stream()
        .collect(
            Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a));
  }

  @Test
  void aGoodListing_passes() {
    assertThat(
            problems(listing("worker", "gb", "example.coop", 51.5, -0.1, List.of("en", "pt-BR"))))
        .isEmpty();
  }

  @Test
  void eachBrokenRule_isReportedOnItsOwnField() {
    Map<String, String> found =
        problems(listing("guild", "UK", "javascript:x", 51.5, null, List.of("English")));
    assertThat(found.keySet())
        .containsExactlyInAnyOrder("kind", "country", "website", "longitude", "languages");
    assertThat(found.get("kind")).contains("worker").contains("accelerator");
    assertThat(found.get("country")).contains("ISO 3166");
  }

  @Test
  void aMessageWithBracesOrDollars_isNotInterpolated() {
    Map<String, String> found = problems(listing("${1+1}", null, null, null, null, List.of()));
    assertThat(found.get("kind")).contains("${1+1}");
  }
}
