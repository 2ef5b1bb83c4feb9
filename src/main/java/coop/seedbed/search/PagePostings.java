package coop.seedbed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Where the query's words are in each hit of one page, read from the offsets stored in the postings
 * with one postings list per word for the whole page. The highlighter's own strategy looks every
 * word up in the terms dictionary again for each hit and reads its postings from the start (ten
 * hits, eight words for "coop" and its synonyms: eighty look-ups), which was half of what snippets
 * cost. The highlighter takes a page's hits in document order, so each list only ever moves
 * forward; should it not, or should the query hold phrases or patterns, the highlighter's own way
 * is used.
 */
final class PagePostings extends FieldOffsetStrategy {

  private LeafReader leaf;
  private PostingsEnum[] postings;
  private int lastDoc = -1;

  PagePostings(UHComponents components) {
    super(components);
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
    if (!termsOnly()) {
      return createOffsetsEnumFromReader(reader, doc);
    }
    if (reader != leaf || doc <= lastDoc) {
      open(reader);
    }
    lastDoc = doc;
    List<OffsetsEnum> found = new ArrayList<>();
    for (int i = 0; i < postings.length; i++) {
      PostingsEnum words = postings[i];
      if (words == null) {
        continue;
      }
      if (words.docID() < doc) {
        words.advance(doc);
      }
      if (words.docID() == doc) {
        found.add(new OffsetsEnum.OfPostings(components.getTerms()[i], words));
      }
    }
    return switch (found.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> found.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(found);
    };
  }

  /** Whether the query is plain words, which is all this strategy knows how to find. */
  private boolean termsOnly() {
    return !components.getHighlightFlags().contains(UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES)
        && !components.getPhraseHelper().hasPositionSensitivity()
        && components.getAutomata().length == 0;
  }

  private void open(LeafReader reader) throws IOException {
    leaf = reader;
    postings = new PostingsEnum[components.getTerms().length];
    Terms terms = reader.terms(getField());
    if (terms == null) {
      return;
    }
    TermsEnum dictionary = terms.iterator();
    for (int i = 0; i < postings.length; i++) {
      if (dictionary.seekExact(components.getTerms()[i])) {
        postings[i] = dictionary.postings(null, PostingsEnum.OFFSETS);
        if (postings[i] == null) {
          throw new IllegalArgumentException(
              "field '" + getField() + "' was indexed without offsets, cannot highlight");
        }
      }
    }
  }
}
