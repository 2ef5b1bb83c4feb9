package coop.seedbed.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The words of a query as every step of a search reads them. */
final class QueryWords {

  private static final Analyzer PLAIN = Analysis.plain();

  /** The query's words, plain (lower case, no accents), phrases folded. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = PLAIN.tokenStream(Fields.SPELL, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && words.size() < 32) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** Without words too common to mean anything; all of them when nothing else is left. */
  static List<String> meaningful(List<String> words) {
    List<String> kept = words.stream().filter(w -> !Analysis.ALL_STOP.contains(w)).toList();
    return kept.isEmpty() ? words : kept;
  }

  private QueryWords() {}
}
