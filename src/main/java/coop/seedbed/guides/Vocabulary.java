package coop.seedbed.guides;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed lists a guide's front matter draws from: topics and audiences (a code and how it reads
 * on a page), and jurisdictions as ISO 3166 codes, a country ("GB") or one of the subdivisions our
 * guides and the legal-form helper talk about ("US-CA", "CA-QC").
 */
final class Vocabulary {

  static final Map<String, String> TOPICS =
      ordered(
          "basics", "Co-op basics",
          "getting-started", "Getting started",
          "tech-workers", "For tech workers",
          "governance", "Governance",
          "money", "Money",
          "legal", "Legal forms",
          "platform-coops", "Platform co-ops",
          "conversion", "Converting a business",
          "stories", "Stories",
          "faq", "First questions",
          "glossary", "Glossary");

  static final Map<String, String> AUDIENCES =
      ordered(
          "everyone", "Everyone",
          "founders", "Founders",
          "tech-workers", "Tech workers",
          "existing-coops", "Existing co-ops",
          "supporters", "Supporters and funders");

  /** Subdivisions by ISO 3166-2 code. Only those a guide or the helper names; add as needed. */
  static final Map<String, String> SUBDIVISIONS =
      ordered(
          "US-CA",
          "California",
          "US-CO",
          "Colorado",
          "US-VT",
          "Vermont",
          "US-MA",
          "Massachusetts",
          "US-MN",
          "Minnesota",
          "US-NY",
          "New York",
          "US-OR",
          "Oregon",
          "US-WA",
          "Washington",
          "US-WI",
          "Wisconsin",
          "CA-QC",
          "Quebec",
          "CA-ON",
          "Ontario",
          "CA-BC",
          "British Columbia",
          "GB-ENG",
          "England",
          "GB-SCT",
          "Scotland",
          "GB-WLS",
          "Wales",
          "GB-NIR",
          "Northern Ireland",
          "ES-CT",
          "Catalonia",
          "ES-PV",
          "Basque Country");

  private static final Set<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  private Vocabulary() {}

  static boolean isJurisdiction(String code) {
    return code != null && (COUNTRIES.contains(code) || SUBDIVISIONS.containsKey(code));
  }

  /** "GB" is "United Kingdom", "US-CA" is "California, United States". */
  static String jurisdictionName(String code) {
    if (SUBDIVISIONS.containsKey(code)) {
      return SUBDIVISIONS.get(code) + ", " + countryName(code.substring(0, 2));
    }
    return countryName(code);
  }

  static String countryName(String code) {
    if (!COUNTRIES.contains(code)) {
      return code;
    }
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  /** The country a jurisdiction is in: "US" for "US-CA". */
  static String country(String code) {
    return code.length() > 2 ? code.substring(0, 2) : code;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
