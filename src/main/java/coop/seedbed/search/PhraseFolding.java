package coop.seedbed.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds every phrase of {@code phrases.txt} in one pass over the text. The phrases are joined into
 * one alternation, because one Lucene pattern filter a phrase meant seventeen passes over every
 * field of every document, which was most of the cost of indexing and of highlighting.
 */
final class PhraseFolding {

  private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d+)");

  private final Pattern pattern;

  /**
   * The letters a phrase can start with, lower case; null when some phrase does not start with a
   * plain letter (then every place in the text is tried).
   */
  private final String firstLetters;

  /** Each phrase's replacement, its "$n" already renumbered to groups of the joined pattern. */
  private final List<String> replacements = new ArrayList<>();

  /** The group of the joined pattern that wraps each phrase: set when that phrase matched. */
  private final int[] wrappers;

  /** Each line is a regular expression (case-insensitive), {@code =>}, and its replacement. */
  PhraseFolding(List<String> lines) {
    StringBuilder alternation = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    boolean allStartWithLetters = true;
    wrappers = new int[lines.size()];
    int group = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int arrow = line.lastIndexOf("=>");
      String regex = line.substring(0, arrow).strip();
      int wrapper = ++group;
      wrappers[i] = wrapper;
      replacements.add(
          GROUP_REFERENCE
              .matcher(line.substring(arrow + 2).strip())
              .replaceAll(m -> "\\$" + (wrapper + Integer.parseInt(m.group(1)))));
      group += Pattern.compile(regex).matcher("").groupCount();
      String body = regex.startsWith("\\b") ? regex.substring(2) : null;
      if (body != null && !body.isEmpty() && Character.isLetter(body.charAt(0))) {
        char first = Character.toLowerCase(body.charAt(0));
        if (letters.indexOf(String.valueOf(first)) < 0) {
          letters.append(first);
        }
      } else {
        allStartWithLetters = false;
      }
      alternation.append(alternation.isEmpty() ? "" : "|").append('(').append(regex).append(')');
    }
    pattern =
        Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    firstLetters = allStartWithLetters ? letters.toString() : null;
  }

  /** The text with every phrase folded. */
  String fold(String text) {
    return fold(text, null);
  }

  /** Where a replacement went: its start and end in the output, and the end of what it replaced. */
  private interface Moved {
    void replaced(int outputStart, int outputEnd, int inputEnd, int matchedLength);
  }

  private String fold(String text, Moved moved) {
    Matcher matcher = pattern.matcher(text);
    // Tried only where a word starts with a phrase's first letter: letting the matcher try all
    // the phrases at every character was most of the cost of indexing a listing.
    matcher.useTransparentBounds(true);
    StringBuilder out = null;
    int last = 0;
    for (int at = next(text, 0); at >= 0; ) {
      if (!matcher.region(at, text.length()).lookingAt()) {
        at = next(text, at + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16);
      }
      out.append(text, last, matcher.start());
      int start = out.length();
      out.append(replacement(matcher));
      if (moved != null) {
        moved.replaced(start, out.length(), matcher.end(), matcher.end() - matcher.start());
      }
      last = matcher.end();
      at = next(text, Math.max(last, at + 1));
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /** The first place from {@code from} on where a phrase may start, or -1. */
  private int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (firstLetters == null) {
        return i;
      }
      char c = text.charAt(i);
      if (firstLetters.indexOf(Character.toLowerCase(c)) >= 0
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** A character filter doing the same, with offsets mapped back to the text as written. */
  Reader filter(Reader in) {
    return new Filter(in);
  }

  private String replacement(Matcher matcher) {
    for (int i = 0; i < wrappers.length; i++) {
      if (matcher.start(wrappers[i]) >= 0) {
        StringBuilder expanded = new StringBuilder();
        Matcher dollar = GROUP_REFERENCE.matcher(replacements.get(i));
        int last = 0;
        while (dollar.find()) {
          expanded.append(replacements.get(i), last, dollar.start());
          String value = matcher.group(Integer.parseInt(dollar.group(1)));
          expanded.append(value == null ? "" : value);
          last = dollar.end();
        }
        return expanded.append(replacements.get(i).substring(last)).toString();
      }
    }
    return matcher.group();
  }

  /**
   * Reads the whole input once (fields are at most a listing's or a guide's text), folds it, and
   * records how offsets moved: after a shorter replacement everything shifts by the difference; the
   * extra characters of a longer one all map to the end of the phrase as written.
   */
  private final class Filter extends BaseCharFilter {
    private Reader folded;

    Filter(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (folded == null) {
        folded = new StringReader(foldWithOffsets(readAll()));
      }
      return folded.read(buffer, offset, length);
    }

    private String readAll() throws IOException {
      StringBuilder text = new StringBuilder();
      char[] chunk = new char[4096];
      for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
        text.append(chunk, 0, n);
      }
      return text.toString();
    }

    private String foldWithOffsets(String text) {
      return fold(
          text,
          (start, end, inputEnd, matched) -> {
            int written = end - start;
            if (written < matched) {
              addOffCorrectMap(end, inputEnd - end);
            } else if (written > matched) {
              for (int at = start + matched + 1; at <= end; at++) {
                addOffCorrectMap(at, inputEnd - at);
              }
            }
          });
    }
  }
}
