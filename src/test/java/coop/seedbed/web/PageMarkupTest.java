package coop.seedbed.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the Faces pages that no browser shows until a visitor's form silently does nothing. */
class PageMarkupTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern METADATA_DEFINE =
      Pattern.compile("<ui:define name=\"metadata\">\\s*<f:metadata>");
  private static final Pattern DECODING_TAG =
      Pattern.compile("<(h:form|h:commandButton|ui:repeat)(\\s[^>]*)?>");

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  /**
   * Faces reads a page's view parameters and actions only from the metadata facet of the view;
   * anywhere else it logs JSF1103 on every visit.
   */
  @Test
  void everyPagesMetadata_isADirectChildOfTheView() throws IOException {
    List<String> misplaced = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page);
      if (text.contains("<f:metadata>") && !METADATA_DEFINE.matcher(text).find()) {
        misplaced.add(PAGES.relativize(page).toString());
      }
    }
    assertThat(misplaced).as("pages whose f:metadata is not in ui:define name=metadata").isEmpty();
  }

  /**
   * On a page with metadata, Faces builds the view once more on a first visit than on a post back,
   * so a generated id can differ between the two: a button named one way in the page is looked for
   * under another name, and its action never runs. Forms, their buttons and repeated parts
   * therefore carry ids of their own.
   */
  @Test
  void onPagesWithMetadata_formsButtonsAndRepeats_haveIdsOfTheirOwn() throws IOException {
    List<String> unnamed = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page);
      if (!text.contains("<f:metadata>")) {
        continue;
      }
      Matcher tag = DECODING_TAG.matcher(text);
      while (tag.find()) {
        String attributes = tag.group(2) == null ? "" : tag.group(2);
        if (tag.group(1).equals("ui:repeat") && !repeatsAForm(text, tag.end())) {
          continue;
        }
        if (!Pattern.compile("\\sid=\"").matcher(attributes).find()) {
          unnamed.add(PAGES.relativize(page) + ": " + tag.group(0).replaceAll("\\s+", " "));
        }
      }
    }
    assertThat(unnamed).isEmpty();
  }

  /** Whether a form or button comes before the repeat (or one inside it) ends. */
  private static boolean repeatsAForm(String text, int from) {
    int end = text.indexOf("</ui:repeat>", from);
    String inside = text.substring(from, end < 0 ? text.length() : end);
    return inside.contains("<h:form") || inside.contains("<h:commandButton");
  }
}
