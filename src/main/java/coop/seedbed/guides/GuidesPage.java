package coop.seedbed.guides;

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
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code /guides}: every guide, narrowed by topic, jurisdiction and audience with plain links (each
 * view has its own address and works without JavaScript), grouped by topic when nothing is chosen.
 */
@Named
@RequestScoped
public class GuidesPage {

  /** A filter value as a link: what it reads, how many guides have it, where it leads. */
  public record FilterLink(String label, long count, String href, boolean chosen) {}

  /** A heading and the guides under it. */
  public record Group(String title, String id, List<Guide> guides) {}

  private static final List<String> FILTERS = List.of("topic", "jurisdiction", "audience");

  @Inject GuideLibrary library;
  @Inject HttpServletRequest request;

  private List<Guide> shown;

  private Map<String, String> chosen() {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String filter : FILTERS) {
      String value = request.getParameter(filter);
      if (value != null && !value.isBlank()) {
        chosen.put(filter, value.strip());
      }
    }
    return chosen;
  }

  public List<Guide> getGuides() {
    if (shown == null) {
      Map<String, String> chosen = chosen();
      shown = library.current().all().stream().filter(g -> matches(g, chosen, null)).toList();
    }
    return shown;
  }

  public boolean isFiltered() {
    return !chosen().isEmpty();
  }

  public String getChosenText() {
    List<String> parts = new ArrayList<>();
    chosen().forEach((filter, value) -> parts.add(label(filter, value)));
    return String.join(", ", parts);
  }

  /** With no filter, guides under their first topic, topics in the vocabulary's order. */
  public List<Group> getGroups() {
    Map<String, List<Guide>> byTopic = new LinkedHashMap<>();
    Vocabulary.TOPICS.keySet().forEach(t -> byTopic.put(t, new ArrayList<>()));
    for (Guide guide : getGuides()) {
      byTopic.get(guide.topics().get(0)).add(guide);
    }
    List<Group> groups = new ArrayList<>();
    byTopic.forEach(
        (topic, guides) -> {
          if (!guides.isEmpty()) {
            groups.add(new Group(Vocabulary.TOPICS.get(topic), "topic-" + topic, guides));
          }
        });
    return groups;
  }

  public List<FilterLink> links(String filter) {
    Function<Guide, List<String>> values =
        switch (filter) {
          case "topic" -> Guide::topics;
          case "audience" -> Guide::audience;
          default -> Guide::jurisdictions;
        };
    Map<String, String> chosen = chosen();
    Map<String, Long> counts = new TreeMap<>();
    for (Guide guide : library.current().all()) {
      if (matches(guide, chosen, filter)) {
        for (String value : values.apply(guide)) {
          counts.merge(value, 1L, Long::sum);
        }
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    if (filter.equals("topic")) {
      order = Vocabulary.TOPICS.keySet().stream().filter(counts::containsKey).toList();
    } else if (filter.equals("audience")) {
      order = Vocabulary.AUDIENCES.keySet().stream().filter(counts::containsKey).toList();
    } else {
      order.sort((a, b) -> label(filter, a).compareToIgnoreCase(label(filter, b)));
    }
    List<FilterLink> links = new ArrayList<>();
    for (String value : order) {
      boolean isChosen = value.equals(chosen.get(filter));
      links.add(
          new FilterLink(
              label(filter, value),
              counts.get(value),
              href(filter, isChosen ? null : value),
              isChosen));
    }
    return links;
  }

  public String clearHref(String filter) {
    return href(filter, null);
  }

  public String value(String filter) {
    return chosen().get(filter);
  }

  public String topicLabel(String code) {
    return Vocabulary.TOPICS.getOrDefault(code, code);
  }

  public String jurisdictionName(String code) {
    return Vocabulary.jurisdictionName(code);
  }

  static String label(String filter, String value) {
    return switch (filter) {
      case "topic" -> Vocabulary.TOPICS.getOrDefault(value, value);
      case "audience" -> Vocabulary.AUDIENCES.getOrDefault(value, value);
      default -> Vocabulary.isJurisdiction(value) ? Vocabulary.jurisdictionName(value) : value;
    };
  }

  /** Whether a guide passes the chosen filters, leaving out {@code except} (for its own counts). */
  private static boolean matches(Guide guide, Map<String, String> chosen, String except) {
    for (Map.Entry<String, String> filter : chosen.entrySet()) {
      if (filter.getKey().equals(except)) {
        continue;
      }
      boolean ok =
          switch (filter.getKey()) {
            case "topic" -> guide.topics().contains(filter.getValue());
            case "audience" -> guide.audience().contains(filter.getValue());
            default ->
                guide.jurisdictions().contains(filter.getValue())
                    || guide.jurisdictions().stream()
                        .anyMatch(j -> Vocabulary.country(j).equals(filter.getValue()));
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private String href(String filter, String value) {
    Map<String, String> params = new LinkedHashMap<>(chosen());
    if (value == null) {
      params.remove(filter);
    } else {
      params.put(filter, value);
    }
    StringBuilder href = new StringBuilder("/guides");
    char separator = '?';
    for (String name : FILTERS) {
      if (params.containsKey(name)) {
        href.append(separator)
            .append(name)
            .append('=')
            .append(URLEncoder.encode(params.get(name), StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return href.toString();
  }
}
