package coop.seedbed.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPageTest {

  @Test
  void next_mayOnlyBeAPathOnThisSite() {
    assertThat(SignInPage.localPath("/coops/outlandish")).isEqualTo("/coops/outlandish");
    assertThat(SignInPage.localPath(null)).isEqualTo("/account");
    assertThat(SignInPage.localPath("https://evil.example/")).isEqualTo("/account");
    assertThat(SignInPage.localPath("//evil.example/")).isEqualTo("/account");
    assertThat(SignInPage.localPath("/\\evil.example")).isEqualTo("/account");
    assertThat(SignInPage.localPath("/account?faces-redirect=false")).isEqualTo("/account");
  }
}
