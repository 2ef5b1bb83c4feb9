package coop.seedbed.guides;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One guide from {@code content/guides/{slug}.md}: its front matter, its body rendered to safe
 * HTML, the headings for its table of contents, and its plain text for search.
 *
 * @param html the body as HTML: CommonMark with tables, raw HTML escaped, headings given ids
 * @param contents the second- and third-level headings, in order, for the table of contents
 * @param text the body as plain words, for the search index
 * @param anchors every heading id, so links to {@code /guides/slug#anchor} can be checked
 * @param links every link target in the body that stays on Seedbed ("/guides/x", "/coops")
 */
public record Guide(
    String slug,
    String title,
    String summary,
    List<String> topics,
    List<String> audience,
    List<String> jurisdictions,
    List<String> legalForms,
    LocalDate lastReviewed,
    LocalDate reviewBy,
    List<Source> sources,
    List<String> related,
    String html,
    List<Heading> contents,
    String text,
    int words,
    Set<String> anchors,
    List<String> links) {

  /** A source the guide's facts were checked against. */
  public record Source(String title, String url) {}

  /** A heading of the body: its level (2 or 3), its words and its id. */
  public record Heading(int level, String text, String id) {}

  /**
   * A legal guide (topic "legal") says it is information, not legal advice, and when it was last
   * reviewed; the page adds the same notice above it.
   */
  public boolean isLegal() {
    return topics.contains("legal");
  }

  /**
   * Whether the page says "information, not legal advice": every legal guide, and every guide that
   * names legal forms, since a reader may take what it says about them as advice.
   */
  public boolean showsLegalNotice() {
    return isLegal() || !legalForms.isEmpty();
  }

  public boolean isDueForReview(LocalDate today) {
    return reviewBy.isBefore(today);
  }

  public String url() {
    return "/guides/" + slug;
  }
}
