package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a listing page shows for what the listing stores as codes. */
class ListingPageTest {

  @Test
  void languages_showTheirNames_notTheirCodes() {
    assertThat(ListingPage.languageNames(List.of("en", "pt-BR", "cy")))
        .isEqualTo("English, Portuguese (Brazil), Welsh");
  }
}
