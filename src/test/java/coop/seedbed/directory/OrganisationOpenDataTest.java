package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import coop.seedbed.testing.OpenDataSchemas;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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

    @Test
    void expands_asALinkedDataClientReadsIt_losingNothing() throws Exception {
      JsonObject ld = read(OrganisationJsonLd.of(listing(), BASE));

      JsonArray expanded =
          JsonLd.expand(JsonDocument.of(new StringReader(ld.toString())))
              .loader(SchemaOrg::context)
              .get();

      assertThat(expanded).hasSize(1);
      JsonObject node = expanded.getJsonObject(0);
      // Expansion silently drops what it cannot map: every term we wrote must still be there.
      long written = ld.keySet().stream().filter(k -> !k.startsWith("@")).count();
      long kept = node.keySet().stream().filter(k -> !k.startsWith("@")).count();
      assertThat(kept).as("terms kept of " + ld.keySet()).isEqualTo(written);
      assertThat(node.keySet())
          .allMatch(k -> k.startsWith("@") || k.startsWith("https://schema.org/"));
      JsonObject type = node.getJsonArray("https://schema.org/additionalType").getJsonObject(0);
      assertThat(URI.create(type.getString("@id")).isAbsolute()).isTrue();
    }

    /**
     * The part of schema.org's context these listings use, served locally so that the test needs no
     * network: schema.org terms under its vocabulary, with the properties whose values are web
     * addresses read as links, as schema.org's published context reads them.
     */
    private static Document context(URI url, DocumentLoaderOptions options) throws JsonLdError {
      if (!"schema.org".equals(url.getHost())) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
      }
      String context =
          """
          {"@context": {
            "@vocab": "https://schema.org/",
            "additionalType": {"@type": "@id"},
            "url": {"@type": "@id"},
            "sameAs": {"@type": "@id"},
            "logo": {"@type": "@id"},
            "image": {"@type": "@id"}
          }}""";
      return JsonDocument.of(new StringReader(context));
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
