package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
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

  private static OrganisationRequest withLists(List<String> services, List<String> technologies) {
    return new OrganisationRequest(
        "Example Co-op",
        "worker",
        null,
        null,
        null,
        null,
        null,
        "GB",
        null,
        null,
        List.of(),
        services,
        technologies,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null);
  }

  private static List<String> tags(int count, int length) {
    return IntStream.range(0, count)
        .mapToObj(i -> ("tag " + i + " ").repeat(length).substring(0, length))
        .toList();
  }

  @Nested
  class ListLengths {

    @Test
    void theLongestListsAndTagsOfTheRealDirectory_pass() {
      // techcoops records list up to 20 services, one of them 158 characters long, and up to 29
      // technologies.
      List<String> services = new ArrayList<>(tags(1, 158));
      services.addAll(tags(19, 40));
      assertThat(problems(withLists(services, tags(29, 22)))).isEmpty();
    }

    @Test
    void listsFarBeyondTheRealData_areRefusedOnTheirField() {
      assertThat(problems(withLists(List.of(), tags(41, 10)))).containsOnlyKeys("technologies");
      assertThat(problems(withLists(tags(1, 201), List.of()))).containsOnlyKeys("services");
      assertThat(problems(withLists(tags(40, 60), List.of()))).containsOnlyKeys("services");
    }
  }

  @Test
  void aFoundingYearInTheFuture_isJudgedByTheApplicationsClock_notTheMachines() {
    Clock in2031 = Clock.fixed(Instant.parse("2031-06-01T00:00:00Z"), ZoneOffset.UTC);
    Validator validator =
        Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> in2031)
            .buildValidatorFactory()
            .getValidator();
    OrganisationRequest founded2030 =
        new OrganisationRequest(
            "Example Co-op",
            "worker",
            null,
            null,
            null,
            null,
            null,
            "GB",
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            2030,
            null,
            null,
            null,
            true,
            null,
            null);
    assertThat(validator.validate(founded2030)).isEmpty();
  }
}
