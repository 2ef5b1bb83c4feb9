package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The phrases of phrases.txt, folded wherever they stand and nowhere else. */
class PhraseFoldingTest {

  @Test
  void foldsEachSpellingWhereverItStands() {
    assertThat(Analysis.foldPhrases("A Worker Co-operative in the United States of America."))
        .isEqualTo("A worker workerowned cooperative in the unitedstates.");
    assertThat(Analysis.foldPhrases("co-op")).isEqualTo("coop");
    assertThat(Analysis.foldPhrases("Two co-ops and a credit union; employee owned."))
        .isEqualTo("Two coops and a creditunion; employeeowned.");
    assertThat(Analysis.foldPhrases("Eine eingetragene Genossenschaft"))
        .isEqualTo("Eine eingetragenegenossenschaft");
  }

  @Test
  void leavesWordsThatOnlyContainAPhrase() {
    String text = "Cooking, uncooperative mcco-op, subcredit unions_x and (co-op)";
    assertThat(Analysis.foldPhrases(text))
        .isEqualTo("Cooking, uncooperative mcco-op, subcredit unions_x and (coop)");
    assertThat(Analysis.foldPhrases("nothing to fold here")).isEqualTo("nothing to fold here");
    assertThat(Analysis.foldPhrases("")).isEmpty();
  }

  @Test
  void highlightsFallOnTheWordsAsWritten() throws Exception {
    String text = "We are a Worker Co-op in Leeds";
    List<String> marked = new java.util.ArrayList<>();
    try (TokenStream stream =
        Analysis.indexAnalyzer().tokenStream(Fields.BODY, new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        marked.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    // The words added by a fold sit on the phrase as written, so a highlight marks "Co-op".
    assertThat(marked).contains("worker=Worker", "workerown=Co-op", "leed=Leeds");
  }
}
