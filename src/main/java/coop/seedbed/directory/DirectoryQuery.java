package coop.seedbed.directory;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What someone browsing the directory asked for: filters and a page. Built from query parameters as
 * typed, so every rejected value gets a message naming its parameter.
 */
public record DirectoryQuery(
    Kind kind,
    String country,
    String sector,
    String service,
    String technology,
    String language,
    Boolean hiring,
    Boolean acceptingMembers,
    Boolean remote,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /**
   * Parses the parameters of {@code /coops} and {@code GET /api/organisations}; nulls are absent.
   */
  public static DirectoryQuery parse(
      String kind,
      String country,
      String sector,
      String service,
      String technology,
      String language,
      String hiring,
      String acceptingMembers,
      String remote,
      String page,
      String size) {
    List<FieldError> errors = new ArrayList<>();
    Kind parsedKind = null;
    if (present(kind)) {
      parsedKind = Kind.fromCode(kind).orElse(null);
      if (parsedKind == null) {
        errors.add(
            new FieldError(
                "kind", "Unknown kind \"" + kind + "\"; use one of " + Kind.codes() + "."));
      }
    }
    String parsedCountry = null;
    if (present(country)) {
      parsedCountry = country.strip().toUpperCase(Locale.ROOT);
      if (!Countries.isCode(parsedCountry)) {
        errors.add(
            new FieldError("country", "\"" + country + "\" is not an ISO 3166 country code."));
      }
    }
    int parsedPage = number(errors, "page", page, 1, 1, 100_000);
    int parsedSize = number(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    DirectoryQuery query =
        new DirectoryQuery(
            parsedKind,
            parsedCountry,
            tag(sector),
            tag(service),
            tag(technology),
            tag(language),
            bool(errors, "hiring", hiring),
            bool(errors, "acceptingMembers", acceptingMembers),
            bool(errors, "remote", remote),
            parsedPage,
            parsedSize);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return query;
  }

  public int offset() {
    return (page - 1) * size;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String tag(String value) {
    return present(value) ? value.strip().toLowerCase(Locale.ROOT) : null;
  }

  private static Boolean bool(List<FieldError> errors, String name, String value) {
    if (!present(value)) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> {
        errors.add(new FieldError(name, "Use true or false for " + name + "."));
        yield null;
      }
    };
  }

  private static int number(
      List<FieldError> errors, String name, String value, int fallback, int min, int max) {
    if (!present(value)) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        errors.add(new FieldError(name, name + " must be between " + min + " and " + max + "."));
        return fallback;
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, name + " must be a whole number."));
      return fallback;
    }
  }
}
