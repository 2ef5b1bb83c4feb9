package coop.seedbed.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Addresses made from names: "Café Works Co-op" becomes "cafe-works-co-op". */
public final class Slugs {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /**
   * Lower-case ASCII words joined by hyphens, cut at a hyphen to at most {@code maxLength}; {@code
   * fallback} when nothing is left.
   */
  public static String of(String name, int maxLength, String fallback) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug =
        NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      slug = slug.substring(0, maxLength).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? fallback : slug;
  }
}
