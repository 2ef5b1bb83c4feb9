package coop.seedbed.directory;

import coop.seedbed.shared.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The normal forms that duplicate detection compares. Two listings are the same organisation when
 * their websites have the same key and their names overlap (one name key contains the other), or
 * when their names have the same key in the same country (and the same city, when both give one). A
 * shared website alone is not enough: the members of an umbrella often share its site.
 */
final class Keys {

  /** Hosts where many organisations have a page: the first path segment tells them apart. */
  private static final Set<String> SHARED_HOSTS =
      Set.of(
          "facebook.com",
          "m.facebook.com",
          "instagram.com",
          "linkedin.com",
          "twitter.com",
          "x.com",
          "sites.google.com",
          "github.com",
          "gitlab.com",
          "medium.com",
          "youtube.com",
          "linktr.ee",
          "opencollective.com",
          "pitchero.com",
          "wixsite.com");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  /** Legal and co-op suffixes that do not tell two organisations apart. */
  private static final Pattern LEGAL_WORDS =
      Pattern.compile(
          "\\b(limited|ltd|llc|inc|incorporated|cic|cio|plc|llp|gmbh|eg|scop|scic|sa|sarl|sas|bv|"
              + "the|co operative|cooperative|coop|co op|society|soc)\\b");

  private Keys() {}

  /** Lower-case ASCII words: "Coöperatieve Café-Works Ltd." becomes "cooperatieve cafe works". */
  static String words(String text) {
    if (text == null) {
      return null;
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static String name(String name) {
    String words = words(name);
    String key = LEGAL_WORDS.matcher(words).replaceAll(" ").replaceAll("\\s+", " ").strip();
    return key.isEmpty() ? words : key;
  }

  static String city(String city) {
    String words = words(city);
    return words == null || words.isEmpty() ? null : words;
  }

  /**
   * The website's host without "www.", lower-case; on shared platforms with the first path segment
   * ({@code facebook.com/examplecoop}). Empty for a missing or unreadable address.
   */
  static Optional<String> website(String website) {
    if (website == null || website.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(website.strip());
      String host = uri.getHost();
      if (host == null) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      if (host.endsWith(".")) {
        host = host.substring(0, host.length() - 1);
      }
      // en-gb.facebook.com, m.facebook.com and business.facebook.com are all facebook.com.
      for (String shared : SHARED_HOSTS) {
        if (host.endsWith("." + shared)) {
          host = shared;
        }
      }
      if (SHARED_HOSTS.contains(host)) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String first = path.replaceAll("^/+", "").split("/", 2)[0].toLowerCase(Locale.ROOT);
        return Optional.of(first.isEmpty() ? host : host + "/" + first);
      }
      return Optional.of(host);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether two name keys overlap: equal, or one holds the other as whole words. */
  static boolean namesOverlap(String a, String b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.equals(b)
        || (" " + a + " ").contains(" " + b + " ")
        || (" " + b + " ").contains(" " + a + " ");
  }

  /** Whether {@code host} is on a platform many organisations share, so it proves nothing. */
  static boolean isSharedHost(String websiteKey) {
    return websiteKey != null && SHARED_HOSTS.contains(websiteKey.split("/", 2)[0]);
  }

  /**
   * A slug no listing has yet: the name's, else with the city, else numbered. {@code taken} says
   * whether a slug is in use.
   */
  static String uniqueSlug(String name, String city, Predicate<String> taken) {
    String base = slug(name);
    if (!taken.test(base)) {
      return base;
    }
    if (city != null) {
      String withCity = base + "-" + slug(city);
      if (!taken.test(withCity)) {
        return withCity;
      }
    }
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n;
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
  }

  /** A URL-safe slug from a name: "Café Works Co-op" becomes "cafe-works-co-op". */
  static String slug(String name) {
    return Slugs.of(name, 80, "organisation");
  }
}
