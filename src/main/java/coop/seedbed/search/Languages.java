package coop.seedbed.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which of the languages we stem a text is in, by counting its most common words. Good
 * enough to pick a stemmer; a text that is mostly English, or too short to tell, counts as English.
 */
final class Languages {

  private static final Map<String, Set<String>> COMMON =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "in", "is", "for", "with", "that", "we", "are", "our"),
          "fr",
              Set.of(
                  "le", "la", "les", "et", "des", "du", "une", "est", "pour", "dans", "nous",
                  "avec", "au", "aux"),
          "es",
              Set.of(
                  "el", "la", "los", "las", "y", "del", "una", "es", "para", "con", "por", "que",
                  "en", "somos"),
          "pt",
              Set.of(
                  "o", "os", "as", "e", "do", "da", "dos", "das", "uma", "para", "com", "que", "em",
                  "somos", "não"),
          "de",
              Set.of(
                  "der", "die", "das", "und", "ist", "mit", "für", "von", "zu", "ein", "eine",
                  "wir", "auf", "sich"));

  private Languages() {}

  static String guess(String text) {
    if (text == null || text.length() < 20) {
      return "en";
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (Map.Entry<String, Set<String>> language : COMMON.entrySet()) {
        if (language.getValue().contains(word)) {
          counts.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = "en";
    int bestCount = counts.getOrDefault("en", 0);
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > bestCount) {
        best = count.getKey();
        bestCount = count.getValue();
      }
    }
    return best;
  }

  static String bodyField(String language) {
    return switch (language) {
      case "fr" -> Fields.BODY_FR;
      case "es" -> Fields.BODY_ES;
      case "pt" -> Fields.BODY_PT;
      case "de" -> Fields.BODY_DE;
      default -> null;
    };
  }
}
