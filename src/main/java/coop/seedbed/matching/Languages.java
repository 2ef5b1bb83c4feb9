package coop.seedbed.matching;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** Language codes as people read them: "en" is English, "es" Spanish. */
final class Languages {

  private Languages() {}

  /** Whether the code is a language the JDK knows (ISO 639), such as "en" or "pt". */
  static boolean known(String code) {
    try {
      Locale locale = new Locale.Builder().setLanguage(code).build();
      return !locale.getDisplayLanguage(Locale.ENGLISH).equals(code);
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  static String name(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }

  /** "English and Spanish". */
  static String names(Collection<String> codes) {
    List<String> names = codes.stream().sorted().map(Languages::name).toList();
    return Scoring.and(names);
  }
}
