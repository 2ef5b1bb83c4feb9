package coop.seedbed.accounts;

import coop.seedbed.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA-512, a 32-byte salt, iterations from
 * configuration), and the rules a new password must meet: long enough, not the email, not one of
 * the passwords every attacker tries first.
 */
@ApplicationScoped
class Passwords {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 200;

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "seedbed.accounts.password-iterations")
  int iterations;

  private Set<String> common;
  private String decoy;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    common = readCommonPasswords();
    decoy = hash.generate("a password nobody has".toCharArray());
  }

  String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the same time as a real check, so a missing account cannot be told by the answer time.
   */
  void spendTimeOfACheck(String password) {
    hash.verify(password.toCharArray(), decoy);
  }

  /** Throws with a message for the {@code password} field when the password is not acceptable. */
  void checkAcceptable(String password, String email) {
    checkAcceptable(password, email, common);
  }

  static void checkAcceptable(String password, String email, Set<String> common) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new InvalidInputException(
          "password",
          "Use at least " + MIN_LENGTH + " characters; a few words together work well.");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidInputException("password", "Use at most " + MAX_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      throw new InvalidInputException(
          "password", "This password is one of the most common ones; choose another.");
    }
    if (email != null && lower.contains(Accounts.normalise(email))) {
      throw new InvalidInputException("password", "Your password must not contain your email.");
    }
    if (lower.chars().distinct().count() < 4) {
      throw new InvalidInputException(
          "password", "This password repeats too few characters; choose another.");
    }
  }

  static Set<String> readCommonPasswords() {
    try (var in = Passwords.class.getResourceAsStream("/accounts/common-passwords.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
