package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every guide shipped in {@code content/guides/} renders, keeps the front-matter rules, links only
 * to guides and pages that exist, and, if it is a legal guide, says it is not legal advice. The
 * legal-form table only names guides that exist. A guide that breaks any rule fails the build here,
 * before anyone reads it.
 */
class GuideContentTest {

  static final Path CONTENT = Path.of("content");
  static Map<String, String> files;
  static GuideLibrary.Library library;

  @BeforeAll
  static void readEveryGuide() {
    files = GuideLibrary.read(CONTENT.resolve("guides"));
    library = GuideLibrary.build(files);
  }

  @Test
  void everyGuideFile_isReadWithoutProblems() {
    assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    assertThat(library.problems()).isEmpty();
    assertThat(library.guides()).hasSameSizeAs(files);
  }

  @Test
  void mostGuides_areSubstantial_andNoneIsLongerThanAReadCanBear() {
    List<Guide> guides = library.all();
    long inRange = guides.stream().filter(g -> g.words() >= 600 && g.words() <= 1500).count();
    assertThat(inRange).isGreaterThanOrEqualTo(guides.size() * 3 / 4);
    assertThat(guides).allSatisfy(g -> assertThat(g.words()).isBetween(400, 2000));
  }

  @Test
  void everyGuide_hasItsSources_andAReviewDateStillAhead() {
    LocalDate today = LocalDate.now();
    assertThat(library.all())
        .allSatisfy(
            g -> {
              assertThat(g.sources()).as(g.slug()).isNotEmpty();
              assertThat(g.sources()).allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
              assertThat(g.lastReviewed()).as(g.slug()).isBeforeOrEqualTo(today);
              assertThat(g.reviewBy()).as(g.slug() + " review-by").isAfter(today);
            });
  }

  @Test
  void everyLegalGuide_saysItIsNotLegalAdvice_andWhenItWasReviewed() {
    Pattern notAdvice = Pattern.compile("not legal advice", Pattern.CASE_INSENSITIVE);
    List<Guide> legal = library.all().stream().filter(Guide::isLegal).toList();
    assertThat(legal).hasSizeGreaterThanOrEqualTo(10);
    assertThat(legal)
        .allSatisfy(
            g -> {
              assertThat(notAdvice.matcher(g.text()).find()).as(g.slug()).isTrue();
              assertThat(g.text().toLowerCase()).as(g.slug()).contains("reviewed");
            });
  }

  @Test
  void theJurisdictionsTheIssueAsksFor_eachHaveALegalGuide() {
    List<String> covered =
        library.all().stream()
            .filter(Guide::isLegal)
            .flatMap(g -> g.jurisdictions().stream())
            .toList();
    assertThat(covered)
        .contains("GB", "US", "US-CA", "CA", "CA-QC", "FR", "ES", "DE", "IT", "NZ", "AU", "IN");
  }

  @Test
  void everyGuide_rendersHeadingsWithIds_andItsContentsListThem() {
    assertThat(library.all())
        .allSatisfy(
            g -> {
              assertThat(g.contents()).as(g.slug()).isNotEmpty();
              for (Guide.Heading heading : g.contents()) {
                assertThat(g.html()).contains("id=\"" + heading.id() + "\"");
              }
              assertThat(g.html()).doesNotContain("<script", "<img", "<iframe");
            });
  }

  @Test
  void theLegalFormTable_namesOnlyGuidesThatExist_andCoversEveryLegalGuidesCountry()
      throws Exception {
    LegalForms.Table table =
        LegalForms.parse(
            Files.readString(CONTENT.resolve("legal-forms.yaml")), library.guides().keySet());
    assertThat(table.countries())
        .extracting(LegalForms.Country::code)
        .contains("GB", "US", "CA", "FR", "ES", "DE", "IT", "NZ", "AU", "IN");
    for (LegalForms.Country country : table.countries()) {
      assertThat(table.forms())
          .as(country.code())
          .anyMatch(f -> f.country().equals(country.code()));
    }
  }
}
