package coop.seedbed.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();
  private final Map<String, String> values =
      Map.of(
          "link", "https://seedbed.example/verify?token=abc&x=<b>",
          "days", "3",
          "minutes", "15",
          "signInUrl", "https://seedbed.example/signin",
          "signUpUrl", "https://seedbed.example/signup",
          "resetUrl", "https://seedbed.example/reset",
          "baseUrl", "https://seedbed.example");

  /** Every template in the mail folder, found there rather than listed here. */
  static Stream<String> everyTemplate() throws IOException, URISyntaxException {
    Path folder =
        Path.of(MailTemplates.class.getResource("/mail/verify-email.txt").toURI()).getParent();
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".txt"))
              .map(f -> f.substring(0, f.length() - ".txt".length()))
              .sorted()
              .toList();
      assertThat(names).hasSizeGreaterThan(20);
      return names.stream();
    }
  }

  /** A value for each placeholder the template's files use, distinct enough to find again. */
  private static Map<String, String> valuesFor(String name) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String part : List.of(".txt", ".html")) {
      try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name + part)) {
        if (in == null) {
          continue;
        }
        Matcher placeholder =
            Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}")
                .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (placeholder.find()) {
          values.put(placeholder.group(1), "value-of-" + placeholder.group(1));
        }
      }
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("everyTemplate")
  void everyTemplate_rendersASubjectAndText_withEveryPlaceholderFilled(String name)
      throws IOException {
    Map<String, String> filled = valuesFor(name);
    MailTemplates.Rendered mail = templates.render(name, filled);
    assertThat(mail.subject()).isNotBlank().doesNotContain("{{");
    assertThat(mail.text()).isNotBlank().doesNotContain("{{").doesNotStartWith("\n");
    String whole = mail.subject() + mail.text() + (mail.html() == null ? "" : mail.html());
    filled.values().forEach(value -> assertThat(whole).contains(value));
    if (mail.html() != null) {
      assertThat(mail.html())
          .doesNotContain("{{")
          .contains("<title>" + mail.subject() + "</title>");
    }
  }

  @Test
  void theHtmlPart_escapesValues_andTheTextPartKeepsThemAsTheyAre() {
    MailTemplates.Rendered mail = templates.render("verify-email", values);
    assertThat(mail.subject()).isEqualTo("Confirm your email address for Seedbed");
    assertThat(mail.text()).contains("verify?token=abc&x=<b>");
    assertThat(mail.html()).contains("verify?token=abc&amp;x=&lt;b&gt;").doesNotContain("<b>");
  }

  @Test
  void aMissingValue_isAnError_notABlankInASentMail() {
    assertThatThrownBy(() -> templates.render("verify-email", Map.of("days", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("link");
  }
}
