package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.testing.OpenDataSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A listing as other directories and search engines read it: Murmurations and schema.org. */
class OrganisationOpenDataTest {

  private static final String BASE = "http://localhost:8080";

  private static Organisation listing() {
    Organisation org = new Organisation();
    org.slug = "leeds-bakers";
    org.name = "Leeds Bakers";
    org.kind = Kind.WORKER;
    org.description = "A bakery owned by the people who bake.";
    org.website = "https://leedsbakers.example/";
    org.city = "Leeds";
    org.region = "West Yorkshire";
    org.country = "GB";
    org.latitude = 53.8;
    org.longitude = -1.55;
    // "Food" as a sector and as a service: the profile must still name each tag once.
    org.sectors = List.of("Food", "Retail");
    org.services = List.of("Food", "Training");
    org.technologies = List.of();
    org.languages = List.of("en");
    org.founded = 2012;
    org.members = 14;
    return org;
  }

  @Nested
  class Murmurations {

    @Test
    void aFullListing_passesTheOrganizationsSchema() {
      String profile = OrganisationMurmurations.of(listing(), BASE).toString();

      assertThat(OpenDataSchemas.murmurationsOrganisationErrors(profile)).isEmpty();
    }

    @Test
    void primaryUrl_keepsItsScheme_andDropsATrailingSlash() {
      JsonObject profile = OrganisationMurmurations.of(listing(), BASE);

      assertThat(profile.getString("primary_url")).isEqualTo("https://leedsbakers.example");
    }

    @Test
    void aListingWithoutAWebsite_pointsToItsSeedbedPage() {
      Organisation org = listing();
      org.website = null;
      org.latitude = null;
      org.longitude = null;
      org.founded = null;
      String profile = OrganisationMurmurations.of(org, BASE).toString();

      assertThat(OpenDataSchemas.murmurationsOrganisationErrors(profile)).isEmpty();
      assertThat(OrganisationMurmurations.of(org, BASE).getString("primary_url"))
          .isEqualTo(BASE + "/coops/leeds-bakers");
    }
  }

  @Nested
  class SchemaOrg {

    @Test
    void additionalType_isAUrl_andTheKindInWordsIsAKeyword() {
      JsonObject ld = read(OrganisationJsonLd.of(listing(), BASE));

      URI type = URI.create(ld.getString("additionalType"));
      assertThat(type.isAbsolute()).isTrue();
      assertThat(type.getScheme()).isIn("http", "https");
      assertThat(ld.getJsonArray("keywords").getString(0)).isEqualTo("Worker co-op");
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
