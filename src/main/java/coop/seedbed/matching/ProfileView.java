package coop.seedbed.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A profile as its owner sees it: everything they gave, and how their answering looks to others,
 * with a plain word when it is making them sink.
 */
public record ProfileView(
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
    Double latitude,
    Double longitude,
    Integer radiusKm,
    boolean remote,
    String timeZone,
    String workStart,
    String workEnd,
    List<String> workDays,
    boolean overlapMatters,
    List<String> languages,
    String about,
    int mentorCapacity,
    boolean circle,
    String visibility,
    boolean paused,
    Instant lastActiveAt,
    Integer answerRate,
    int lapsedLately,
    String notice) {

  static ProfileView from(Profile p, Integer answerRate, int lapsedLately) {
    return new ProfileView(
        p.id,
        p.name,
        p.wants,
        p.skills,
        p.tags,
        p.sectors,
        p.decision,
        p.pay,
        p.hoursPerWeek,
        p.availableFrom,
        p.city,
        p.country,
        p.latitude,
        p.longitude,
        p.radiusKm,
        p.remote,
        p.timeZone,
        p.workStart.toString(),
        p.workEnd.toString(),
        p.workDays,
        p.overlapMatters,
        p.languages,
        p.about,
        p.mentorCapacity,
        p.circle,
        p.visibility.name().toLowerCase(Locale.ROOT),
        p.paused,
        p.lastActiveAt.toInstant(),
        answerRate,
        lapsedLately,
        lapsedLately >= 2
            ? "You have let "
                + lapsedLately
                + " requests lapse without an answer lately, so your profile is shown lower for"
                + " now. Answering, yes or no, brings it back."
            : p.paused
                ? "Your profile is paused: nobody is shown it until you resume."
                : p.visibility == Profile.Visibility.HIDDEN
                    ? "Your profile is hidden: nobody is shown it. You can still ask for"
                        + " introductions."
                    : null);
  }
}
