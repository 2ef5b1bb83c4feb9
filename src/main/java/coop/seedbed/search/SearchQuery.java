package coop.seedbed.search;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search as asked for, checked: free text (any characters at all; it is never parsed as Lucene
 * syntax), facet filters, an optional point and radius, a sort and a page.
 */
public record SearchQuery(
    String text,
    Map<String, String> filters,
    Double nearLatitude,
    Double nearLongitude,
    Double radiusKm,
    String sort,
    int page,
    int size) {

  public static final int MAX_TEXT = 500;
  public static final int MAX_SIZE = 50;
  static final double DEFAULT_RADIUS_KM = 50;

  public boolean hasNear() {
    return nearLatitude != null;
  }

  /** Builds a query from the API's or the page's parameters, naming every bad one. */
  public static SearchQuery parse(Map<String, String> params) {
    List<FieldError> errors = new ArrayList<>();
    String text = clean(params.get("q"));
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    Map<String, String> filters = new LinkedHashMap<>();
    for (String facet : Fields.FACETS) {
      String value = params.get(facet);
      if (value != null && !value.isBlank()) {
        if (value.length() > 200) {
          errors.add(new FieldError(facet, "That " + facet + " is too long."));
        } else {
          filters.put(
              facet,
              facet.equals(Fields.FACET_COUNTRY)
                  ? value.strip().toUpperCase(Locale.ROOT)
                  : value.strip());
        }
      }
    }
    Double lat = null;
    Double lon = null;
    String near = params.get("near");
    if (near != null && !near.isBlank()) {
      String[] parts = near.split(",");
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        lat = Double.parseDouble(parts[0].strip());
        lon = Double.parseDouble(parts[1].strip());
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || lat.isNaN() || lon.isNaN()) {
          errors.add(new FieldError("near", "Latitude is -90 to 90 and longitude -180 to 180."));
          lat = null;
          lon = null;
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldError("near", "Give near as latitude,longitude such as 53.48,-2.24."));
      }
    }
    Double radius = null;
    String radiusText = params.get("radiusKm");
    if (radiusText != null && !radiusText.isBlank()) {
      try {
        radius = Double.parseDouble(radiusText.strip());
        if (!(radius > 0 && radius <= 20_000)) {
          errors.add(new FieldError("radiusKm", "radiusKm is more than 0 and at most 20,000."));
          radius = null;
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldError("radiusKm", "radiusKm must be a number of kilometres."));
      }
      if (near == null || near.isBlank()) {
        errors.add(new FieldError("radiusKm", "radiusKm needs near=latitude,longitude."));
      }
    }
    String sort = params.getOrDefault("sort", "");
    sort = sort == null || sort.isBlank() ? "relevance" : sort.strip().toLowerCase(Locale.ROOT);
    if (!List.of("relevance", "distance", "name").contains(sort)) {
      errors.add(new FieldError("sort", "Sort by relevance, distance or name."));
    } else if (sort.equals("distance") && (near == null || near.isBlank())) {
      errors.add(new FieldError("sort", "Sorting by distance needs near=latitude,longitude."));
    }
    int page = number(errors, "page", params.get("page"), 1, 1, 1000);
    int size = number(errors, "size", params.get("size"), 10, 1, MAX_SIZE);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SearchQuery(text, Map.copyOf(filters), lat, lon, radius, sort, page, size);
  }

  /** Control characters and surrounding space removed; what is left is searched as words. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").replaceAll("\\s+", " ").strip();
  }

  private static int number(
      List<FieldError> errors, String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        errors.add(new FieldError(name, name + " must be between " + min + " and " + max + "."));
        return fallback;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, name + " must be a whole number."));
      return fallback;
    }
  }

  public double radiusOrDefault() {
    return radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
  }
}
