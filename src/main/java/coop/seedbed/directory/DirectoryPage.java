package coop.seedbed.directory;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.Markdown;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code /coops}: the published directory with its filters, as plain GET links and forms so that it
 * works without JavaScript and every view can be shared by its address.
 */
@Named
@RequestScoped
public class DirectoryPage {

  /** A choice in a select box. */
  public record Option(String value, String label) {}

  /** The filters a view of the directory may carry, in the order links write them. */
  private static final List<String> FILTERS =
      List.of(
          "kind",
          "country",
          "sector",
          "service",
          "technology",
          "language",
          "hiring",
          "acceptingMembers",
          "remote");

  @Inject FindListings listings;
  @Inject HttpServletRequest request;

  private OrganisationPage result;
  private List<InvalidInputException.FieldError> errors = List.of();

  public void load() {
    try {
      result =
          listings.browse(
              DirectoryQuery.parse(
                  param("kind"),
                  param("country"),
                  param("sector"),
                  param("service"),
                  param("technology"),
                  param("language"),
                  param("hiring"),
                  param("acceptingMembers"),
                  param("remote"),
                  param("page"),
                  param("size")));
    } catch (InvalidInputException e) {
      errors = e.errors();
      result =
          listings.browse(
              DirectoryQuery.parse(
                  null, null, null, null, null, null, null, null, null, null, null));
    }
  }

  private String param(String name) {
    return request.getParameter(name);
  }

  public OrganisationPage getResult() {
    return result;
  }

  public List<InvalidInputException.FieldError> getErrors() {
    return errors;
  }

  public List<Option> getKinds() {
    return Arrays.stream(Kind.values()).map(k -> new Option(k.code(), k.label())).toList();
  }

  public List<Option> getCountries() {
    return Countries.byName().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
  }

  public String kindLabel(String code) {
    return Kind.fromCode(code).map(Kind::label).orElse(code);
  }

  public String countryName(String code) {
    return code == null ? "" : Countries.name(code);
  }

  public String summary(String description) {
    return Markdown.toPlainText(description, 220);
  }

  public String value(String name) {
    String value = param(name);
    return value == null ? "" : value;
  }

  public boolean checked(String name) {
    return "true".equals(param(name));
  }

  /** Whether any filter is chosen, to offer clearing them. */
  public boolean isFiltered() {
    for (String name : FILTERS) {
      if (!value(name).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The address of another page of the same view. */
  public String pageLink(int page) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : Stream.concat(FILTERS.stream(), Stream.of("size")).toList()) {
      if (!value(name).isBlank()) {
        params.put(name, value(name));
      }
    }
    if (page > 1) {
      params.put("page", String.valueOf(page));
    }
    List<String> parts = new ArrayList<>();
    params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return "/coops" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }
}
