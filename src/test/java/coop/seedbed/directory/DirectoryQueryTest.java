package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.seedbed.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {

  @Test
  void parametersAsTyped_becomeAQuery() {
    DirectoryQuery query =
        DirectoryQuery.parse(
            "Worker", "gb", " Food ", null, null, null, "yes", "", null, "3", "10");
    assertThat(query.kind()).isEqualTo(Kind.WORKER);
    assertThat(query.country()).isEqualTo("GB");
    assertThat(query.sector()).isEqualTo("food");
    assertThat(query.hiring()).isTrue();
    assertThat(query.acceptingMembers()).isNull();
    assertThat(query.offset()).isEqualTo(20);
  }

  @Test
  void everyBadParameter_isNamed() {
    assertThatThrownBy(
            () ->
                DirectoryQuery.parse(
                    "pirate", "Narnia", null, null, null, null, "maybe", null, null, "0", "1000"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactly("kind", "country", "page", "size", "hiring"));
  }
}
