package coop.seedbed.accelerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Lets a reviewer find words among the few applications they review: each one's text (answers and
 * what Tika read from its files, as the reviewer may see them) goes into a Lucene index in memory
 * for the moment of the search, with English stemming, and every word asked for must occur. Never
 * the site's index: applications are not public.
 */
final class ReviewSearch {

  private static final String FIELD = "text";
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private final BooleanQuery query;

  private ReviewSearch(BooleanQuery query) {
    this.query = query;
  }

  /** A search for every word of {@code words}; null when there is nothing to look for. */
  static ReviewSearch of(String words) {
    if (words == null || words.isBlank()) {
      return null;
    }
    List<String> terms = terms(words.length() > 200 ? words.substring(0, 200) : words);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : terms) {
      builder.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.MUST);
    }
    return new ReviewSearch(builder.build());
  }

  boolean matches(String text) {
    MemoryIndex index = new MemoryIndex();
    index.addField(FIELD, text, ANALYZER);
    return index.search(query) > 0.0f;
  }

  private static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = ANALYZER.tokenStream(FIELD, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms.size() < 12) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
