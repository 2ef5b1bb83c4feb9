package coop.seedbed.guides;

import static org.assertj.core.api.Assertions.assertThat;

import coop.seedbed.guides.TextExtractor.Extraction;
import coop.seedbed.guides.TextExtractor.Outcome;
import coop.seedbed.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real document in {@code ../shared/data/docs/} (skipped when absent) either gives text with
 * words we know are in it, or gets its own plain reason: refused for its type, locked by a
 * password, scanned images, damaged, or embedded objects that cannot be read. A file added there
 * later must at least give text or a specific reason.
 */
class TextExtractorTest {

  static TextExtractor extractor;
  static ExecutorService pool;

  /** Words each readable file must yield. */
  static final Map<String, List<String>> WORDS =
      Map.ofEntries(
          Map.entry(
              "loomio-coop-handbook--constitution.html",
              List.of("Loomio Cooperative", "Constitution")),
          Map.entry(
              "loomio-coop-handbook--print.html",
              List.of("Loomio Cooperative Handbook", "consent")),
          Map.entry("tika--footnotes.docx", List.of("prostoy", "snoska")),
          Map.entry("tika--testHTML.html", List.of("Indexation du fichier")),
          Map.entry("tika--testHTML_charset_utf16le.html", List.of("This is a sample text")),
          Map.entry("tika--testJournalParser.pdf", List.of("Microrobots", "Scalability")),
          Map.entry("tika--testMSEquation-govdocs-863534.doc", List.of("Lattice design")),
          Map.entry("tika--testOpenOffice2.odt", List.of("NeoOffice")),
          Map.entry("tika--testPDF.pdf", List.of("Apache Tika")),
          Map.entry("tika--testPDF_XFA_govdocs1_258578.pdf", List.of("National Park Service")),
          Map.entry("tika--testPDF_acroform3.pdf", List.of("signature field")),
          Map.entry(
              "tika--testPDF_bad_page_303226.pdf", List.of("Drug Enforcement Administration")),
          Map.entry("tika--testPDF_childAttachments.pdf", List.of("Employer", "withholding")),
          Map.entry("tika--testPDF_protected.pdf", List.of("RETHINKING THE FINANCIAL NETWORK")),
          Map.entry("tika--testPDF_rotated.pdf", List.of("Apache Tika is a toolkit")),
          Map.entry("tika--testRTFVarious.rtf", List.of("footer text")),
          Map.entry("tika--testRTFWord2010CzechCharacters.rtf", List.of("Článek týdne")),
          Map.entry("tika--testWORD.doc", List.of("Sample Word Document")),
          Map.entry("tika--testWORD.docx", List.of("Sample Word Document")),
          Map.entry("tika--testWORD6.doc", List.of("quick brown fox")),
          Map.entry("tika--testWORD_numbered_list.docx", List.of("Within cell")),
          Map.entry(
              "workercode--worker_co-operative_code_2nd_edition.pdf",
              List.of("worker", "co-operative code")));

  /** The reason each unreadable file must be given. */
  static final Map<String, String> REASONS =
      Map.of(
          "tika--testOCR.pdf", "This PDF is scanned images; no text could be read",
          "tika--testODTEncrypted.odt", "is protected by a password",
          "tika--testUnicodePassword.pdf", "This PDF is protected by a password",
          "tika--testWORD_protected_passtika.docx", "is protected by a password",
          "tika--testWORD_truncated.docx", "This file seems to be damaged",
          "tika--testLargeOLEDoc.doc", "objects embedded in it",
          "tika--testODTnotaZipFile.odt", "named .odt, but its contents are plain text");

  @BeforeAll
  static void start() {
    extractor = new TextExtractor(2_000_000, Duration.ofSeconds(60));
    pool = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** Refusal for type, else extraction: what a whole upload ends in. */
  static Extraction read(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String type = extractor.detect(bytes);
    String refusal = TextExtractor.refusal(type, file.getFileName().toString());
    return refusal != null ? Extraction.failed(refusal) : extractor.extract(bytes, type, pool);
  }

  @TestFactory
  Stream<DynamicTest> everyRealDocument_givesItsWordsOrItsReason() throws Exception {
    Path folder = SharedData.require("docs");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String name = file.getFileName().toString();
                      Extraction result = read(file);
                      if (WORDS.containsKey(name)) {
                        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.READ);
                        assertThat(result.text()).contains(WORDS.get(name));
                      } else if (REASONS.containsKey(name)) {
                        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
                        assertThat(result.reason()).contains(REASONS.get(name));
                      } else {
                        // A document added later: text, or a reason more specific than a shrug.
                        assertThat(
                                result.outcome() == Outcome.READ ? result.text() : result.reason())
                            .isNotBlank()
                            .doesNotStartWith("Something went wrong");
                      }
                    }));
  }

  @Test
  void theTypeComesFromTheBytes_notTheName() {
    byte[] zip = {0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThat(extractor.detect(zip)).isEqualTo("application/zip");
    assertThat(TextExtractor.refusal("application/zip", "rules.pdf"))
        .contains("named .pdf, but its contents are a ZIP archive");
    assertThat(TextExtractor.refusal("application/zip", "rules.zip"))
        .startsWith("Seedbed takes PDF, Word (DOCX or DOC), OpenDocument text (ODT), RTF, HTML")
        .endsWith("this file is a ZIP archive.");
    byte[] html =
        "<!DOCTYPE html><html><body><p>Model rules</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(extractor.detect(html)).isEqualTo("text/html");
    assertThat(TextExtractor.refusal("text/html", "rules.txt")).isNull();
  }

  @Test
  void emptyFiles_andPlainText_areTreatedPlainly() {
    assertThat(extractor.extract(new byte[0], "text/plain", pool).reason())
        .isEqualTo("The file is empty: it has no bytes at all.");
    Extraction text =
        extractor.extract(
            "One member, one vote.\n\nSurplus is shared by work done."
                .getBytes(StandardCharsets.UTF_8),
            "text/plain",
            pool);
    assertThat(text.outcome()).isEqualTo(Outcome.READ);
    assertThat(text.text()).contains("One member, one vote.");
  }

  @Test
  void aLongDocument_isCutAtTheLimit_andSaysSo() {
    TextExtractor small = new TextExtractor(1000, Duration.ofSeconds(30));
    Extraction cut =
        small.extract(
            "Members decide together. ".repeat(200).getBytes(StandardCharsets.UTF_8),
            "text/plain",
            pool);
    assertThat(cut.outcome()).isEqualTo(Outcome.READ);
    assertThat(cut.text().length()).isLessThanOrEqualTo(1000);
    assertThat(cut.reason())
        .isEqualTo("Only the first 1,000 characters of this document can be searched.");
  }

  @Test
  void aFileThatTakesTooLong_isStoppedAtTheDeadline_withAReason() throws Exception {
    Path large = SharedData.require("docs/tika--testPDF_childAttachments.pdf");
    TextExtractor hasty = new TextExtractor(2_000_000, Duration.ofMillis(50));
    Extraction result = hasty.extract(Files.readAllBytes(large), "application/pdf", pool);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.reason()).startsWith("Reading this file took longer than 0 seconds");
  }
}
