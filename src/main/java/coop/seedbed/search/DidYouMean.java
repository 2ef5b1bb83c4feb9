package coop.seedbed.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** The "did you mean" line: a better spelling of a query, from the words the index knows. */
final class DidYouMean {

  private final Analyzer indexAnalyzer = Analysis.indexAnalyzer();

  /**
   * A better spelling of the query: each word the index does not know, replaced by the closest one
   * it does; when nothing was found, also words it knows from only one or two documents. Null when
   * there is none.
   */
  String suggestion(IndexReader reader, String text, long total) throws IOException {
    if (text.isBlank()) {
      return null;
    }
    DirectSpellChecker spell = new DirectSpellChecker();
    spell.setMinQueryLength(4);
    List<String> words = QueryWords.words(text);
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      String replacement = word;
      if (word.length() >= 4 && !Analysis.ALL_STOP.contains(word)) {
        Term term = new Term(Fields.SPELL, word);
        int docs = reader.docFreq(term);
        // A word in a few documents already is taken as meant, as textQuery takes it: looking for
        // a more popular spelling of every word of every search that found nothing was a quarter
        // of the cost of a search at 10,000 listings, to replace words nobody had misspelled.
        SuggestMode mode =
            docs == 0
                ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX
                : (total == 0 && docs < SearchService.FUZZY_BELOW_DOCS
                    ? SuggestMode.SUGGEST_MORE_POPULAR
                    : null);
        if (mode != null) {
          SuggestWord[] best = spell.suggestSimilar(term, 1, reader, mode);
          // "hires" for "hire" finds nothing new: both are searched as the same stem already.
          if (best.length > 0 && !sameStem(word, best[0].string)) {
            replacement = best[0].string;
            changed = true;
          }
        }
      }
      corrected.add(replacement);
    }
    return changed ? String.join(" ", corrected) : null;
  }

  private boolean sameStem(String a, String b) {
    return stems(a).equals(stems(b));
  }

  private List<String> stems(String word) {
    List<String> stems = new ArrayList<>();
    try (TokenStream stream = indexAnalyzer.tokenStream(Fields.BODY, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
