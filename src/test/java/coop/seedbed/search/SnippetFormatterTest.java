package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

  @Test
  void aHeading_doesNotRunIntoTheTextAfterIt() {
    String content = "Housing, in passing\nIn a housing co-op the members own the homes.\nNext.";
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(content.length());
    int match = content.indexOf("housing co-op");
    passage.addMatch(match, match + "housing".length(), new BytesRef("housing"), 1);

    String snippet = new SnippetFormatter().format(new Passage[] {passage}, content);

    assertThat(snippet)
        .isEqualTo(
            "Housing, in passing — In a <mark>housing</mark> co-op the members own the homes."
                + " Next.");
  }
}
