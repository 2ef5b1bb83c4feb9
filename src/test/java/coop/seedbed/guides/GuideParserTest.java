package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a guide file must keep, each broken on purpose, and what the writer is told. */
class GuideParserTest {

  static final String BODY =
      "\nAn opening paragraph.\n\n## First part\n\n"
          + "word ".repeat(200)
          + "\n\n## First part\n\nAgain, see [the other](/guides/other#a-heading) and"
          + " [the law](https://www.legislation.gov.uk/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

  static String guide(String frontMatter, String body) {
    return "---\n" + frontMatter + "---\n" + body;
  }

  static final String GOOD =
      """
      title: A guide
      summary: What it says.
      topics: [legal]
      audience: [founders]
      jurisdictions: [GB, US-CA]
      legalForms: [co-operative society]
      lastReviewed: 2026-11-20
      reviewBy: 2027-11-20
      sources:
        - title: An act
          url: https://www.legislation.gov.uk/ukpga/2014/14/contents
      related: [other]
      """;

  @Test
  void aGoodGuide_isReadWholly() {
    GuideParser.Result result = GuideParser.parse("a-guide", guide(GOOD, BODY));
    assertThat(result.problems()).isEmpty();
    Guide g = result.guide();
    assertThat(g.title()).isEqualTo("A guide");
    assertThat(g.jurisdictions()).containsExactly("GB", "US-CA");
    assertThat(g.lastReviewed()).hasToString("2026-11-20");
    assertThat(g.contents())
        .extracting(Guide.Heading::id)
        .containsExactly("first-part", "first-part-2");
    assertThat(g.html())
        .contains("<h2 id=\"first-part\">", "<table class=\"guide-table\">")
        .contains("<a href=\"/guides/other#a-heading\">the other</a>")
        .contains(
            "<a rel=\"noopener\" href=\"https://www.legislation.gov.uk/\" class=\"external\">");
    assertThat(g.links()).containsExactly("/guides/other#a-heading");
    assertThat(g.isLegal()).isTrue();
  }

  @Test
  void aWideTable_scrollsInAFocusableRegionNamedByItsColumns() {
    Guide g = GuideParser.parse("a-guide", guide(GOOD, BODY)).guide();

    assertThat(g.html())
        .contains(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: a,"
                + " b\"><table class=\"guide-table\">")
        .contains("</table></div>");
  }

  @Test
  void everyBrokenRule_isNamed() {
    String bad =
        """
        title: ""
        topics: [cooking]
        audience: []
        jurisdictions: [XX, US-ZZ]
        legalForms: []
        lastReviewed: yesterday
        reviewBy: 2020-01-01
        sources: []
        related: [a-guide]
        colour: green
        """;
    GuideParser.Result result =
        GuideParser.parse(
            "a-guide",
            guide(bad, "# Title again\n\n<div>raw</div>\n\n![x](https://e.org/x.png)\n"));
    assertThat(result.ok()).isFalse();
    assertThat(String.join("\n", result.problems()))
        .contains("title is required")
        .contains("summary is required")
        .contains("topics: \"cooking\" is not one of")
        .contains("audience needs at least one value")
        .contains("Jurisdiction \"XX\"")
        .contains("Jurisdiction \"US-ZZ\"")
        .contains("lastReviewed is required, as a date")
        .contains("sources is required")
        .contains("A guide cannot be related to itself")
        .contains("Unknown front matter key \"colour\"")
        .contains("the title is the only first-level heading")
        .contains("Raw HTML is not allowed")
        .contains("Images are not allowed")
        .contains("a guide needs at least 150");
  }

  @Test
  void aFileWithoutFrontMatter_saysSo() {
    assertThat(GuideParser.parse("x", "Just text").problems())
        .containsExactly("The file must start with front matter between --- lines.");
    assertThat(GuideParser.parse("x", "---\ntitle: [unclosed\n---\nbody").problems().get(0))
        .startsWith("The front matter is not valid YAML");
  }

  @Test
  void linksBetweenGuides_areChecked_againstEveryGuideAndItsHeadings() {
    String other =
        GOOD.replace("title: A guide", "title: Other").replace("related: [other]", "related: []");
    String otherBody = "\n## A heading\n\n" + "word ".repeat(200);
    GuideLibrary.Library library =
        GuideLibrary.build(
            Map.of(
                "a-guide", guide(GOOD, BODY.replace("#a-heading", "#no-such-heading")),
                "other", guide(other, otherBody + "\n[home](/coops) [nowhere](/nowhere)\n")));
    assertThat(library.problems().get("a-guide"))
        .containsExactly(
            "Link /guides/other#no-such-heading: that guide has no heading #no-such-heading.");
    assertThat(library.problems().get("other"))
        .containsExactly("Link /nowhere: not an address on Seedbed.");
    assertThat(library.guides()).isEmpty();
  }
}
