package coop.seedbed.matching;

import java.util.List;

/** An open role as anyone sees it, with the way to apply its co-op gave. */
public record RoleView(
    long id,
    String organisation,
    String organisationName,
    String title,
    String description,
    List<String> skills,
    List<String> tags,
    int hoursPerWeek,
    boolean remote,
    String city,
    String country,
    List<String> languages,
    String howToApply,
    boolean open) {

  static RoleView from(OpenRole r) {
    return new RoleView(
        r.id,
        r.organisationSlug,
        r.organisationName,
        r.title,
        r.description,
        r.skills.stream().map(s -> Skills.LABELS.getOrDefault(s, s)).toList(),
        r.tags,
        r.hoursPerWeek,
        r.remote,
        r.city,
        r.country,
        r.languages.stream().map(Languages::name).toList(),
        r.howToApply,
        r.open);
  }
}
