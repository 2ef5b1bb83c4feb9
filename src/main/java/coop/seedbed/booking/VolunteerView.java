package coop.seedbed.booking;

import java.util.List;

/** A volunteer as anyone may see them: never their address or their hours in detail. */
public record VolunteerView(
    String slug,
    String name,
    String bio,
    String organisation,
    List<String> topics,
    List<String> topicLabels,
    List<String> languages,
    String timeZone,
    int callMinutes) {

  public String topicsText() {
    return String.join(", ", topicLabels);
  }

  public String languagesText() {
    return String.join(", ", languages);
  }

  static VolunteerView from(Volunteer v) {
    return new VolunteerView(
        v.slug,
        v.name,
        v.bio,
        v.organisation,
        v.topicList(),
        v.topicList().stream().map(Topics::label).toList(),
        v.languageList(),
        v.timeZone,
        v.callMinutes);
  }
}
