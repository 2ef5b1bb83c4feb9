package coop.seedbed.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The browser tests run in Failsafe, so the build's {@code seedbed.browser.required} must reach
 * Failsafe's JVM: without it a missing Chromium skips them quietly instead of failing the build.
 */
class BrowserSettingIT {

  @Test
  void theBuildsBrowserSetting_reachesTheIntegrationTests() {
    assertThat(System.getProperty("seedbed.browser.required")).isIn("true", "false");
  }
}
