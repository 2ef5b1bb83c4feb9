package coop.seedbed.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** ISO 3166-1 alpha-2 codes, as the JDK knows them, and their English names. */
final class Countries {

  static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  static boolean isCode(String code) {
    return code != null && CODES.contains(code);
  }

  static String name(String code) {
    return code == null ? null : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  /** Every country, by English name, for select boxes. */
  static List<Map.Entry<String, String>> byName() {
    Map<String, String> byName = new TreeMap<>(Comparator.naturalOrder());
    for (String code : CODES) {
      byName.put(name(code), code);
    }
    return byName.entrySet().stream()
        .map(e -> Map.entry(e.getValue(), e.getKey()))
        .sorted(Map.Entry.comparingByValue())
        .toList();
  }
}
