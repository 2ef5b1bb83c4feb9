package coop.seedbed.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Completions for the search box: names and topics that start with what has been typed. */
@ApplicationScoped
public class Suggestions {

  @Inject IndexStore store;

  /** Names and topics that start with what has been typed so far, for every keystroke. */
  public List<Suggestion> suggest(String prefix, int limit) {
    String key =
        Analysis.normalise(
            prefix == null ? "" : prefix.length() > 100 ? prefix.substring(0, 100) : prefix);
    if (key.length() < 2) {
      return List.of();
    }
    try {
      return store
          .withSearcher(
              searcher -> {
                List<Suggestion> found = new ArrayList<>();
                collect(searcher, Fields.NAME_SUGGEST, key, limit, "name", found);
                collect(
                    searcher,
                    Fields.TOPIC_SUGGEST,
                    key,
                    limit - Math.min(found.size(), limit / 2),
                    "topic",
                    found);
                return found.size() > limit ? found.subList(0, limit) : found;
              })
          .orElse(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A completion for the search box. {@code url} leads straight to a named thing, else null. */
  public record Suggestion(String text, String kind, String url) {}

  private static void collect(
      IndexSearcher searcher,
      String field,
      String key,
      int limit,
      String kind,
      List<Suggestion> found)
      throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
    if (terms == null || limit <= 0) {
      return;
    }
    TermsEnum iterator = terms.iterator();
    if (iterator.seekCeil(new BytesRef(key)) == TermsEnum.SeekStatus.END) {
      return;
    }
    int added = 0;
    Set<String> shown = new HashSet<>();
    do {
      String term = iterator.term().utf8ToString();
      if (!term.startsWith(key)) {
        break;
      }
      String[] parts = term.split(String.valueOf(Fields.SEPARATOR), 3);
      // The terms of deleted documents stay until segments merge: count only live ones.
      if (parts.length == 3
          && !shown.contains(parts[1].toLowerCase(Locale.ROOT))
          && searcher.count(new TermQuery(new Term(field, BytesRef.deepCopyOf(iterator.term()))))
              > 0) {
        shown.add(parts[1].toLowerCase(Locale.ROOT));
        found.add(new Suggestion(parts[1], kind, kind.equals("name") ? parts[2] : null));
        added++;
      }
    } while (added < limit && iterator.next() != null);
  }
}
