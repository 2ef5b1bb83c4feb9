package coop.seedbed.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "verify-email",
        "account-exists",
        "no-account",
        "sign-in-link",
        "reset-password",
        "password-changed",
        "account-deleted"
      })
  void everyTemplate_rendersASubjectAndText_withEveryPlaceholderFilled(String name) {
    MailTemplates.Rendered mail = templates.render(name, values);
    assertThat(mail.subject()).isNotBlank().doesNotContain("{{");
    assertThat(mail.text()).isNotBlank().doesNotContain("{{").doesNotStartWith("\n");
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
