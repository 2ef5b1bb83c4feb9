package coop.seedbed.search;

import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.UnavailableException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /search}: the same search as the API, rendered with facets, paging, "did you mean" and an
 * honest page when nothing is found. Every state of the page is a plain GET address that can be
 * shared and works without JavaScript.
 */
@Named
@RequestScoped
public class SearchPage {

  /** A facet value with the link that chooses it, or drops it when chosen. */
  public record FacetLink(String label, long count, String href, boolean chosen) {}

  /** A chosen filter and the link that drops it. */
  public record Chosen(String facet, String label, String dropHref) {}

  static final List<String> PARAMS =
      List.of(
          "q",
          "type",
          "kind",
          "country",
          "sector",
          "technology",
          "jurisdiction",
          "topic",
          "near",
          "radiusKm",
          "sort",
          "size");

  @Inject SearchService search;
  @Inject Indexing indexing;
  @Inject HttpServletRequest request;

  private SearchResult result;
  private List<InvalidInputException.FieldError> errors = List.of();
  private String unavailable;

  public void load() {
    Map<String, String> params = params();
    if (params.isEmpty()) {
      return;
    }
    params.put("page", value("page"));
    try {
      result = search.search(SearchQuery.parse(params));
    } catch (InvalidInputException e) {
      errors = e.errors();
    } catch (UnavailableException e) {
      unavailable = e.getMessage();
    }
  }

  private Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : PARAMS) {
      String value = request.getParameter(name);
      if (value != null && !value.isBlank()) {
        params.put(name, value);
      }
    }
    return params;
  }

  public String value(String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value;
  }

  public SearchResult getResult() {
    return result;
  }

  public List<InvalidInputException.FieldError> getErrors() {
    return errors;
  }

  public String getUnavailable() {
    return unavailable;
  }

  public boolean isSearched() {
    return result != null;
  }

  /** The address of this search with {@code name} set to {@code value} (null drops it), page 1. */
  public String link(String name, String value) {
    Map<String, String> params = params();
    if (value == null) {
      params.remove(name);
      if (name.equals("near")) {
        params.remove("radiusKm");
        if ("distance".equals(params.get("sort"))) {
          params.remove("sort");
        }
      }
    } else {
      params.put(name, value);
    }
    return href(params);
  }

  public String pageLink(int page) {
    Map<String, String> params = params();
    if (page > 1) {
      params.put("page", String.valueOf(page));
    }
    return href(params);
  }

  private static String href(Map<String, String> params) {
    List<String> parts = new ArrayList<>();
    params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return "/search" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  public List<String> getFacetNames() {
    List<String> names = new ArrayList<>();
    if (result != null) {
      result
          .facets()
          .forEach(
              (name, values) -> {
                if (!values.isEmpty()) {
                  names.add(name);
                }
              });
    }
    return names;
  }

  public String facetTitle(String facet) {
    return switch (facet) {
      case "type" -> "What";
      case "kind" -> "Kind";
      case "country" -> "Country";
      case "sector" -> "Sector";
      case "technology" -> "Technology";
      case "jurisdiction" -> "Jurisdiction";
      case "topic" -> "Topic";
      default -> facet;
    };
  }

  public List<FacetLink> facetLinks(String facet) {
    List<FacetLink> links = new ArrayList<>();
    String chosen = request.getParameter(facet);
    for (SearchResult.FacetValue value : result.facets().get(facet)) {
      boolean isChosen = value.value().equalsIgnoreCase(chosen == null ? "" : chosen);
      links.add(
          new FacetLink(
              indexing.label(facet, value.value()),
              value.count(),
              isChosen ? link(facet, null) : link(facet, value.value()),
              isChosen));
    }
    return links;
  }

  /** The filters in force, each with the link that drops it: the way out of a narrow search. */
  public List<Chosen> getChosen() {
    List<Chosen> chosen = new ArrayList<>();
    for (String facet : Fields.FACETS) {
      String value = request.getParameter(facet);
      if (value != null && !value.isBlank()) {
        chosen.add(new Chosen(facetTitle(facet), indexing.label(facet, value), link(facet, null)));
      }
    }
    if (!value("near").isBlank()) {
      chosen.add(
          new Chosen(
              "Near",
              value("near")
                  + (value("radiusKm").isBlank() ? "" : " within " + value("radiusKm") + " km"),
              link("near", null)));
    }
    return chosen;
  }

  /** The filters a new text search keeps, as hidden fields of the search form. */
  public List<Map.Entry<String, String>> getKept() {
    List<Map.Entry<String, String>> kept = new ArrayList<>();
    params()
        .forEach(
            (name, value) -> {
              if (!name.equals("q")) {
                kept.add(Map.entry(name, value));
              }
            });
    return kept;
  }

  public String typeLabel(String type) {
    return indexing.label(Fields.FACET_TYPE, type);
  }
}
