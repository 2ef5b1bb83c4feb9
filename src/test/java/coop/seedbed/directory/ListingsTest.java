package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.SharedCoops;
import coop.seedbed.testing.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ListingsTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static OrganisationRequest imported(String website) {
    return Listings.fromJson(
        Json.createObjectBuilder()
            .add("name", "Example Co-op")
            .add("kind", "worker")
            .add("country", "FR")
            .add("website", website)
            .add("affirmStandards", true)
            .build(),
        "test:1",
        "test");
  }

  private static List<String> refusedFields(OrganisationRequest request) {
    return VALIDATOR.validate(request).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .toList();
  }

  /** Sources write web addresses as they like; an import line keeps the listing whole. */
  @Nested
  class ImportedWebAddresses {

    @Test
    void anAddressThatOpens_isReadAsItIs() {
      assertThat(imported("www.tzbz.coop").website()).isEqualTo("www.tzbz.coop");
      assertThat(imported("http://greenbankallotment.wix.com/g#!visit_us/cl4l").website())
          .isEqualTo("http://greenbankallotment.wix.com/g#!visit_us/cl4l");
    }

    @Test
    void severalAddresses_keepTheFirstThatOpens() {
      assertThat(imported("www.tzbz.coop ; www.makeitvisual.es ; www.polimaker.com").website())
          .isEqualTo("https://www.tzbz.coop");
      assertThat(imported("see below, https://b.example.org").website())
          .isEqualTo("https://b.example.org");
    }

    @Test
    void aSchemeMissingASlash_isMended() {
      assertThat(imported("https:/withtheranks.com").website())
          .isEqualTo("https://withtheranks.com");
      assertThat(imported("HTTP:/example.coop/about").website())
          .isEqualTo("HTTP://example.coop/about");
    }

    @Test
    void aHostWrittenInItsOwnLetters_isGivenInTheFormEveryBrowserOpens() {
      assertThat(imported("https://codeursenliberté.fr/").website())
          .isEqualTo("https://xn--codeursenlibert-pnb.fr/");
    }

    @Test
    void anAddressNothingCanMend_isLeftOut_andTheListingImports() {
      for (String hopeless : List.of("javascript:alert(1)", "ask at the market", "https://")) {
        OrganisationRequest request = imported(hopeless);
        assertThat(request.website()).as(hopeless).isNull();
        assertThat(refusedFields(request)).as(hopeless).isEmpty();
      }
    }
  }

  @Test
  void aListingSentByAPersonOrTheApi_isStillHeldToAnAddressThatOpens() {
    // Forms and the API bind the request directly, without the import's mending.
    for (String careless :
        List.of("https:/withtheranks.com", "a.example.org ; b.example.org", "javascript:x")) {
      OrganisationRequest typed =
          new OrganisationRequest(
              "Example Co-op",
              "worker",
              null,
              careless,
              null,
              null,
              null,
              "FR",
              null,
              null,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              null,
              null,
              null,
              null,
              null,
              true,
              null,
              null);
      assertThat(refusedFields(typed)).as(careless).containsExactly("website");
    }
  }

  @Test
  void everyRealRecord_importsWithAnAddressThatOpensOrNone_andOnlyThreeAreMended()
      throws Exception {
    List<String> lines = SharedCoops.seedbedLines(SharedData.require("coops/coops.jsonl"));
    Map<String, String> mended = new LinkedHashMap<>();
    for (String line : lines) {
      JsonObject json;
      try (var reader = Json.createReader(new StringReader(line))) {
        json = reader.readObject();
      }
      String id = json.getString("externalId");
      OrganisationRequest request = Listings.fromJson(json, id, json.getString("source"));
      assertThat(refusedFields(request)).as(line).doesNotContain("website");
      String given = json.getString("website", null);
      if (!Objects.equals(given, request.website())) {
        mended.put(id, given + " -> " + request.website());
      }
    }
    assertThat(lines).hasSize(7796);
    assertThat(mended)
        .containsOnlyKeys(
            "icayouth:092", "techcoops:with-the-ranks", "techcoops:codeurs-en-libert");
  }
}
