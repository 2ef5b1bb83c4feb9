package coop.seedbed.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes words in the index and in queries. Every chain folds case and accents. Text
 * fields stem English; each non-English body field stems its own language. Phrases that people
 * spell several ways ("co-op", "co-operative") are folded into one word first, in both directions,
 * and the synonyms of {@code search/synonyms.txt} are added to queries only, so that changing them
 * needs no rebuild.
 */
final class Analysis {

  private static final PhraseFolding PHRASES = new PhraseFolding(lines("/search/phrases.txt"));
  private static final SynonymMap SYNONYMS = readSynonyms();

  static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /** Words too common in any of our languages to count as a query term. */
  static final CharArraySet ALL_STOP = allStopWords();

  // Compiled once: normalise runs on several fields of every document indexed.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Analysis() {}

  /** Folds the phrases of {@code phrases.txt}; used on stored text and on queries alike. */
  static String foldPhrases(String text) {
    return PHRASES.fold(text);
  }

  /** Lower case, no accents, words separated by single spaces: for exact titles and places. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        MARKS.matcher(Normalizer.normalize(foldPhrases(text), Normalizer.Form.NFKD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static Analyzer indexAnalyzer() {
    return perField(false);
  }

  static Analyzer queryAnalyzer() {
    return perField(true);
  }

  /** Plain words: lower case, no accents, no stemming, no stop words removed. */
  static Analyzer plain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return folded(reader);
      }
    };
  }

  private static Analyzer perField(boolean query) {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer english = english(query);
    fields.put(Fields.TITLE, english);
    fields.put(Fields.TAGS, english);
    fields.put(Fields.BODY, english);
    fields.put(Fields.ALL, english);
    fields.put(Fields.BODY_FR, language(FrenchAnalyzer.getDefaultStopSet(), "fr", query));
    fields.put(Fields.BODY_ES, language(SpanishAnalyzer.getDefaultStopSet(), "es", query));
    fields.put(Fields.BODY_PT, language(PortugueseAnalyzer.getDefaultStopSet(), "pt", query));
    fields.put(Fields.BODY_DE, language(GermanAnalyzer.getDefaultStopSet(), "de", query));
    fields.put(Fields.SPELL, plain());
    return new PerFieldAnalyzerWrapper(new WhitespaceAnalyzer(), fields);
  }

  private static Analyzer english(boolean query) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        if (query) {
          stream = new SynonymGraphFilter(stream, SYNONYMS, true);
        }
        stream = new StopFilter(stream, ENGLISH_STOP);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return folded(reader);
      }
    };
  }

  private static Analyzer language(CharArraySet stopWords, String language, boolean query) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        if (language.equals("fr")) {
          stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        }
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream =
            switch (language) {
              case "fr" -> new FrenchLightStemFilter(stream);
              case "es" -> new SpanishLightStemFilter(stream);
              case "pt" -> new PortugueseLightStemFilter(stream);
              default -> new GermanLightStemFilter(stream);
            };
        stream = new ASCIIFoldingFilter(stream);
        if (query) {
          stream = new SynonymGraphFilter(stream, SYNONYMS, true);
        }
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return folded(reader);
      }
    };
  }

  /**
   * The phrase folding as a character filter, so analyzers apply it to every text they see. The
   * filter keeps track of offsets, so highlights still fall on the words as written.
   */
  private static Reader folded(Reader reader) {
    return PHRASES.filter(reader);
  }

  private static SynonymMap readSynonyms() {
    try (InputStream in = Analysis.class.getResourceAsStream("/search/synonyms.txt")) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, plain());
      parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("search/synonyms.txt cannot be read", e);
    }
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Analysis.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharArraySet allStopWords() {
    CharArraySet all = new CharArraySet(1000, true);
    all.addAll(ENGLISH_STOP);
    all.addAll(FrenchAnalyzer.getDefaultStopSet());
    all.addAll(SpanishAnalyzer.getDefaultStopSet());
    all.addAll(PortugueseAnalyzer.getDefaultStopSet());
    all.addAll(GermanAnalyzer.getDefaultStopSet());
    // Question words that carry no subject: "how to start a co-op".
    for (String word :
        List.of(
            "how", "what", "which", "who", "why", "where", "when", "can", "do", "does", "i", "me",
            "my", "we", "our", "you", "your", "want", "need", "looking", "find", "about")) {
      all.add(word);
    }
    return CharArraySet.unmodifiableSet(all);
  }
}
