package coop.seedbed.search;

import java.util.regex.Pattern;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Snippets as escaped HTML with each matched word in {@code <mark>}, passages joined by an
 * ellipsis. Unlike Lucene's default formatter it accepts matches that overlap or have no width: a
 * folded phrase ("worker co-op" is indexed as three words) maps several words onto the same
 * characters as written, and those are marked once.
 */
final class SnippetFormatter extends PassageFormatter {

  private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

  // Compiled once: String.replaceAll compiled each pattern anew, for every piece of every snippet
  // (a twentieth of an uncached search's time at 100,000 listings).
  private static final Pattern EDGE_DASH = Pattern.compile("^ — | — $");
  private static final Pattern SENTENCE_END_BREAKS =
      Pattern.compile("([.!?:;…])[ \\t]*(\\R[ \\t]*)+");
  private static final Pattern OTHER_BREAKS = Pattern.compile("[ \\t]*(\\R[ \\t]*)+");

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Passage passage : passages) {
      if (shown > 0) {
        out.append(" … ");
      } else if (passage.getStartOffset() > 0) {
        out.append("… ");
      }
      StringBuilder text = new StringBuilder();
      int pos = passage.getStartOffset();
      int end = passage.getEndOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], pos);
        int stop = Math.min(passage.getMatchEnds()[i], end);
        if (stop <= start) {
          continue;
        }
        text.append(ENCODER.encodeText(flat(content.substring(pos, start))));
        text.append("<mark>").append(ENCODER.encodeText(flat(content.substring(start, stop))));
        text.append("</mark>");
        pos = stop;
      }
      text.append(ENCODER.encodeText(flat(content.substring(pos, end))));
      out.append(EDGE_DASH.matcher(text).replaceAll(""));
      shown++;
    }
    return out.toString();
  }

  /**
   * A snippet is one line, but the text it is cut from keeps headings and paragraphs on lines of
   * their own: a line that ends a sentence runs on with a space, any other (a heading) with a dash,
   * so that "Housing, in passing" and "In a housing co-op" do not read as one sentence.
   */
  static String flat(String text) {
    if (!hasLineBreak(text)) {
      return text;
    }
    return OTHER_BREAKS
        .matcher(SENTENCE_END_BREAKS.matcher(text).replaceAll("$1 "))
        .replaceAll(" — ");
  }

  /** Whether {@code text} holds any of what {@code \\R} matches. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
