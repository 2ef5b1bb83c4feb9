package coop.seedbed.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone else's profile as another person may see it: what they want and bring, where roughly,
 * when they work, how recently they were active and how often they answer. Never an address, and
 * never an exact position.
 */
public record PersonView(
    long id,
    String name,
    List<String> wants,
    List<String> skills,
    List<String> tags,
    List<String> sectors,
    List<String> decision,
    List<String> pay,
    int hoursPerWeek,
    LocalDate availableFrom,
    String city,
    String country,
    boolean remote,
    String timeZone,
    String workingHours,
    List<String> languages,
    String about,
    String lastActive,
    Integer answerRate) {

  static PersonView from(Profile p, String lastActive, Integer answerRate) {
    return new PersonView(
        p.id,
        p.name,
        p.wants,
        p.skills.stream().map(s -> Skills.LABELS.getOrDefault(s, s)).toList(),
        p.tags,
        p.sectors,
        p.decision.stream().map(Scoring::decisionWords).toList(),
        p.pay,
        p.hoursPerWeek,
        p.availableFrom,
        p.city,
        p.country,
        p.remote,
        p.timeZone,
        String.join(", ", p.workDays) + " " + p.workStart + "-" + p.workEnd,
        p.languages.stream().map(Languages::name).toList(),
        p.about,
        lastActive,
        answerRate);
  }
}
