package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnonymousPageCacheTest {

  @Test
  void aPageIsKeptUnderItsAddress_withTheParametersItReads() {
    assertThat(AnonymousPageCache.key("/", null)).contains("/");
    assertThat(AnonymousPageCache.key("/guides", "topic=legal")).contains("/guides?topic=legal");
    assertThat(
            AnonymousPageCache.key(
                "/guides/which-legal-form", "country=GB&owners=workers&investment=none"))
        .contains("/guides/which-legal-form?country=GB&owners=workers&investment=none");
  }

  @Test
  void aParameterNoPageReads_isNotKept_soItCannotFillTheCache() {
    for (int i = 1; i <= 500; i++) {
      assertThat(AnonymousPageCache.key("/", "x=" + i)).isEmpty();
    }
    assertThat(AnonymousPageCache.key("/guides", "topic=legal&utm_source=mail")).isEmpty();
  }
}
