package coop.seedbed.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The schemas other people's software holds our open data to, as test resources, and what a JSON
 * document breaks of them (empty when it passes).
 */
public final class OpenDataSchemas {

  private static final Schema MURMURATIONS_ORGANISATION =
      load("/murmurations/organizations_schema-v1.0.0.json");

  private OpenDataSchemas() {}

  /** Against the Murmurations {@code organizations_schema-v1.0.0}. */
  public static List<String> murmurationsOrganisationErrors(String json) {
    try {
      return MURMURATIONS_ORGANISATION.validate(new ObjectMapper().readTree(json)).stream()
          .map(Error::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load(String resource) {
    try (InputStream in = OpenDataSchemas.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
