package coop.seedbed.accelerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a blind cohort's text whatever names the team: its people's names (whole and each
 * part of three letters or more), e-mail addresses, its project and listing names, its web address
 * and the name in it, any other e-mail or web address at all, and the passages staff chose to hide.
 * What is taken out reads "[hidden]", so a reviewer sees that something was there.
 */
final class Redactor {

  static final String HIDDEN = "[hidden]";

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}", Pattern.UNICODE_CASE);
  // An address ends before trailing punctuation: that belongs to the sentence around it.
  private static final String ADDRESS_END = "[^\\s.,;:!?)\\]}'\"]";
  private static final Pattern WEB =
      Pattern.compile(
          "(?i)\\b(?:https?://|www\\.)\\S*"
              + ADDRESS_END
              + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|coop|io|co|uk|de|fr|es|it|nl|eu|app|dev|info|us|ca|au|nz|in)\\b(?:/(?:\\S*"
              + ADDRESS_END
              + ")?)?");

  /** Words in addresses that name nobody: hiding them would only blank out ordinary text. */
  private static final Set<String> GENERIC =
      Set.of(
          "www",
          "shop",
          "store",
          "blog",
          "app",
          "web",
          "mail",
          "home",
          "site",
          "info",
          "news",
          "team",
          "hello",
          "contact",
          "admin",
          "office",
          "founders",
          "jobs",
          "apply",
          "support");

  /** Second-level parts of country domains, as in .co.uk and .org.nz. */
  private static final Set<String> SUFFIXES = Set.of("com", "org", "net", "gov", "edu", "coop");

  private final Pattern names;

  private Redactor(Pattern names) {
    this.names = names;
  }

  /** Hides nothing: for cohorts that are not blind. */
  static final Redactor NONE = new Redactor(null);

  static Redactor of(
      Collection<String> people,
      Collection<String> emails,
      Collection<String> organisations,
      String website,
      Collection<String> passages) {
    Set<String> terms = new LinkedHashSet<>();
    for (String person : people) {
      add(terms, person);
      for (String part : person.split("[\\s-]+")) {
        if (part.length() >= 3) {
          add(terms, part);
        }
      }
    }
    for (String email : emails) {
      add(terms, email);
      int at = email.indexOf('@');
      if (at > 2 && !GENERIC.contains(email.substring(0, at).toLowerCase(Locale.ROOT))) {
        add(terms, email.substring(0, at));
      }
    }
    organisations.forEach(name -> add(terms, name));
    String host = Fields.host(website);
    if (host != null) {
      add(terms, host);
      // Every label that could be a name: "breadcoop" in shop.breadcoop.org, not "org" or "shop".
      String[] labels = host.split("\\.");
      for (int i = 0; i < labels.length - 1; i++) {
        if (labels[i].length() >= 3
            && !GENERIC.contains(labels[i])
            && !SUFFIXES.contains(labels[i])) {
          add(terms, labels[i]);
        }
      }
    }
    passages.forEach(passage -> add(terms, passage));
    List<String> ordered = new ArrayList<>(terms);
    // Longest first, so "Ada Lovelace" goes whole before "Ada" would leave "[hidden] Lovelace".
    ordered.sort(Comparator.comparingInt(String::length).reversed());
    if (ordered.isEmpty()) {
      return new Redactor(null);
    }
    StringBuilder alternatives = new StringBuilder();
    for (String term : ordered) {
      if (!alternatives.isEmpty()) {
        alternatives.append('|');
      }
      alternatives.append(Pattern.quote(term));
    }
    return new Redactor(
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private static void add(Set<String> terms, String term) {
    if (term != null && !term.isBlank()) {
      terms.add(term.strip().toLowerCase(Locale.ROOT));
    }
  }

  boolean hidesAnything() {
    return this != NONE;
  }

  String apply(String text) {
    if (text == null || this == NONE) {
      return text;
    }
    String out = EMAIL.matcher(text).replaceAll(HIDDEN);
    out = WEB.matcher(out).replaceAll(HIDDEN);
    if (names != null) {
      out = names.matcher(out).replaceAll(Matcher.quoteReplacement(HIDDEN));
    }
    return out;
  }
}
