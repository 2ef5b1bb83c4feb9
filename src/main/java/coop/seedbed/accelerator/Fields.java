package coop.seedbed.accelerator;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading what people type into the accelerator's forms and API: blanks, words, web addresses,
 * tags, dates and zones, each with a plain message naming the field.
 */
final class Fields {

  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9 &/+.-]{0,58}");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private Fields() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  static int words(String text) {
    return text == null ? 0 : (int) WORD.matcher(text).results().count();
  }

  /** An absolute http or https address with a host, or null when it is not one. */
  static String webAddress(String value) {
    String text = blankToNull(value);
    if (text == null || text.length() > 500 || text.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      return text;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The host of a web address without "www.", lower-case; null for something else. */
  static String host(String address) {
    String text = webAddress(address);
    if (text == null) {
      return null;
    }
    String host = URI.create(text).getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * Tags as lower-case words without repeats: "Housing, Food co-ops" becomes [housing, food
   * co-ops]. Accepts a list or one comma-separated string.
   */
  static List<String> tags(List<String> values, String field, int max) {
    Set<String> tags = new LinkedHashSet<>();
    if (values != null) {
      for (String value : values) {
        if (value == null) {
          continue;
        }
        for (String part : value.split(",")) {
          String tag = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
          if (tag.isEmpty()) {
            continue;
          }
          if (!TAG.matcher(tag).matches()) {
            throw new InvalidInputException(
                field,
                "\""
                    + clip(tag)
                    + "\" is not a tag we can use: letters, digits, spaces and & / + . - only,"
                    + " up to 60 characters.");
          }
          tags.add(tag);
        }
      }
    }
    if (tags.size() > max) {
      throw new InvalidInputException(field, "Give at most " + max + " tags.");
    }
    return List.copyOf(tags);
  }

  static ZoneId zone(String id, String field) {
    String text = blankToNull(id);
    if (text == null) {
      throw new InvalidInputException(field, "Say which time zone this is in.");
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          field, "\"" + clip(text) + "\" is not a time zone we know, such as Europe/London.");
    }
  }

  static LocalDate date(String value, String field, List<FieldError> errors) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeException | NullPointerException e) {
      errors.add(new FieldError(field, "Give a date such as 2027-03-01."));
      return null;
    }
  }

  static LocalDateTime localTime(String value, String field, List<FieldError> errors) {
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeException | NullPointerException e) {
      errors.add(new FieldError(field, "Give a date and time such as 2027-01-31T23:59."));
      return null;
    }
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(new ArrayList<>(errors));
    }
  }

  /** A value quoted back in a message, cut short so a huge value does not fill the answer. */
  static String clip(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }
}
