package coop.seedbed.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {

  @Test
  void names_ignoreCaseAccentsPunctuationAndLegalWords() {
    assertThat(Keys.name("Café-Works Co-operative Ltd.")).isEqualTo("cafe works");
    assertThat(Keys.name("CAFE WORKS")).isEqualTo("cafe works");
    assertThat(Keys.name("The Co-op")).isEqualTo("the co op");
  }

  @Test
  void websites_dropWwwAndScheme_butKeepTheOrganisationOnSharedPlatforms() {
    assertThat(Keys.website("https://www.Outlandish.com/about")).hasValue("outlandish.com");
    assertThat(Keys.website("http://outlandish.com")).hasValue("outlandish.com");
    assertThat(Keys.website("https://www.facebook.com/BristolBikes/"))
        .hasValue("facebook.com/bristolbikes");
    assertThat(Keys.website("https://en-gb.facebook.com/BristolBikes"))
        .hasValue("facebook.com/bristolbikes");
    assertThat(Keys.website("not a url")).isEmpty();
    assertThat(Keys.isSharedHost("facebook.com/bristolbikes")).isTrue();
    assertThat(Keys.isSharedHost("outlandish.com")).isFalse();
  }

  @Test
  void namesOverlap_whenOneHoldsTheOtherAsWholeWords() {
    assertThat(Keys.namesOverlap("outlandish", "outlandish digital")).isTrue();
    assertThat(Keys.namesOverlap("devon country markets", "cornwall country markets")).isFalse();
    assertThat(Keys.namesOverlap("art", "artisans")).isFalse();
  }

  @Test
  void slugs_areLowerCaseAsciiWithHyphens() {
    assertThat(Keys.slug("Café Works Co-op")).isEqualTo("cafe-works-co-op");
    assertThat(Keys.slug("A Coruña!")).isEqualTo("a-coruna");
    assertThat(Keys.slug("???")).isEqualTo("organisation");
    assertThat(Keys.slug("x".repeat(100))).hasSizeLessThanOrEqualTo(80);
  }

  @Test
  void websitesPeopleTypeWithoutAScheme_becomeHttps_andOthersAreRefused() {
    assertThat(Listings.normaliseWebsite("example.coop")).isEqualTo("https://example.coop");
    assertThat(Listings.normaliseWebsite("http://example.coop/x"))
        .isEqualTo("http://example.coop/x");
    assertThat(Listings.normaliseWebsite("javascript:alert(1)")).isNull();
    assertThat(Listings.normaliseWebsite("https:/withtheranks.com")).isNull();
    assertThat(Listings.normaliseWebsite("ftp://example.coop")).isNull();
    assertThat(Listings.normaliseWebsite("https://user:pw@example.coop")).isNull();
  }
}
