package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.RateLimitedException;
import coop.seedbed.shared.TooLargeException;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private final ProblemMapper mapper = new ProblemMapper();

  private JsonObject problem(Throwable thrown) {
    return mapper.problemFor(thrown).toJson();
  }

  @Test
  void businessExceptions_mapToTheirStatusAndType() {
    assertThat(problem(new NotFoundException("No such co-op.")).getInt("status")).isEqualTo(404);
    assertThat(problem(new GoneException("Expired.")).getInt("status")).isEqualTo(410);
    assertThat(problem(new TooLargeException("Too big.")).getInt("status")).isEqualTo(413);
    JsonObject limited = problem(new RateLimitedException(30));
    assertThat(limited.getInt("status")).isEqualTo(429);
    assertThat(limited.getString("detail")).contains("30 seconds");
  }

  @Test
  void validation_listsEachField() {
    JsonObject json =
        problem(new InvalidInputException("country", "Use a two-letter ISO 3166 code such as GB."));
    assertThat(json.getInt("status")).isEqualTo(422);
    assertThat(json.getString("type")).isEqualTo("/problems#validation");
    assertThat(json.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("country");
  }

  @Test
  void conflict_pointsToWhatExists() {
    JsonObject json = problem(new ConflictException("Already listed.", "/coops/outlandish"));
    assertThat(json.getInt("status")).isEqualTo(409);
    assertThat(json.getString("existing")).isEqualTo("/coops/outlandish");
  }

  @Test
  void aUniqueViolationFromTheDatabase_isAConflictNotA500() {
    SQLException duplicate = new SQLException("duplicate key", "23505");
    JsonObject json = problem(new PersistenceException(new RuntimeException(duplicate)));
    assertThat(json.getInt("status")).isEqualTo(409);
  }

  @Test
  void anythingElse_isA500WithAnIncidentAndNoTrace() {
    JsonObject json = problem(new IllegalStateException("secret internals"));
    assertThat(json.getInt("status")).isEqualTo(500);
    assertThat(json.getString("incident")).hasSize(36);
    assertThat(json.toString()).doesNotContain("secret internals").doesNotContain("IllegalState");
  }
}
