package coop.seedbed.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void markdownRenders_andRawHtmlIsShownAsText() {
    String html = Markdown.toSafeHtml("**bold** <script>alert(1)</script> <b onclick=x>b</b>");
    assertThat(html).contains("<strong>bold</strong>");
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<b ");
  }

  @Test
  void dangerousLinksLoseTheirTarget_andOtherSitesAreNofollow() {
    assertThat(Markdown.toSafeHtml("[x](javascript:alert(1))")).doesNotContain("javascript:");
    assertThat(Markdown.toSafeHtml("[site](https://example.coop)"))
        .contains("href=\"https://example.coop\"")
        .contains("rel=\"nofollow noopener\"");
    assertThat(Markdown.toSafeHtml("[guide](/guides/start)")).doesNotContain("noopener");
  }

  @Test
  void images_becomeTheirDescription_soNothingIsLoadedFromElsewhere() {
    String html = Markdown.toSafeHtml("![our team](https://tracker.example/p.png)");
    assertThat(html)
        .doesNotContain("<img")
        .doesNotContain("tracker.example")
        .contains("[our team]");
  }

  @Test
  void plainText_dropsMarkupAndCutsAtAWord() {
    assertThat(Markdown.toPlainText("# Title\n\nSome **bold** [link](https://x.y) text", 200))
        .isEqualTo("Title Some bold link text");
    assertThat(Markdown.toPlainText("one two three four", 12)).isEqualTo("one two…");
  }
}
