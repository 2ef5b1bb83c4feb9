package coop.seedbed.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.seedbed.shared.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  private static final Set<String> COMMON = Passwords.readCommonPasswords();

  private static String refusal(String password, String email) {
    try {
      Passwords.checkAcceptable(password, email, COMMON);
      return null;
    } catch (InvalidInputException e) {
      assertThat(e.errors())
          .singleElement()
          .extracting(InvalidInputException.FieldError::field)
          .isEqualTo("password");
      return e.getMessage();
    }
  }

  @Test
  void aLongPassphrase_isAccepted() {
    assertThatCode(() -> Passwords.checkAcceptable("lantern orchard meadow", "a@b.example", COMMON))
        .doesNotThrowAnyException();
  }

  @Test
  void tooShort_tooLong_common_containingTheEmail_orRepetitive_areRefusedWithAReason() {
    assertThat(refusal("short", null)).contains("at least 10");
    assertThat(refusal("x".repeat(201), null)).contains("at most 200");
    assertThat(refusal("Password123", null)).contains("most common");
    assertThat(refusal("ada@example.org!!", "Ada@Example.org")).contains("email");
    assertThat(refusal("abababababab", null)).contains("too few");
  }

  @Test
  void lengthCountsCharactersNotBytes() {
    // Nine emoji are nine characters (eighteen UTF-16 units): still too short.
    assertThat(refusal("🌱🌱🌱🌱🌱🌱🌱🌱🌱", null)).contains("at least 10");
    assertThatThrownBy(() -> Passwords.checkAcceptable(null, null, COMMON))
        .isInstanceOf(InvalidInputException.class);
  }
}
