package coop.seedbed.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How good a suggestion is, as parts people can read: each part is a reason shown beside the
 * suggestion with its points, and the score is exactly their sum. Before any part counts, three
 * hard limits must hold, and a suggestion that breaks one is never made: a language in common; some
 * overlap in working time when both said it matters; each within the other's reach when either
 * works only in person (their radius, or their country when they gave none).
 *
 * <p>The parts: shared skills (1 each, at most 3); complementary skills (2 for each area the other
 * covers and you do not, at most 6), for a role the skills it needs that you have (2 each, at most
 * 6); hours of overlap in working time (1 for every 5 hours a week, at most 3); the same way of
 * deciding (2); the same way of sharing pay (1); a shared sector (2); a shared language (1);
 * distance (2 within 25 km, 1 within 100 km, or 1 when both work remotely); a similar time
 * commitment (2 within 5 hours a week, 1 within 10); and two that lower the score for a while: many
 * requests this week still waiting for an answer (minus 1 for every 2, at most minus 3), and
 * requests left to lapse lately (minus 2).
 */
final class Scoring {

  /** One part of a score, with the words shown for it. */
  record Part(String code, int points, String text) {}

  /** A suggestion's score and its parts, or why it may not be made. */
  record Result(int score, List<Part> parts, String excluded) {
    boolean isExcluded() {
      return excluded != null;
    }
  }

  /** What is known of the candidate's recent answering, which spreads attention around. */
  record Attention(int pendingThisWeek, int lapsedLately) {
    static final Attention NONE = new Attention(0, 0);
  }

  static final int NEAR_KM = 25;
  static final int REGION_KM = 100;

  private Scoring() {}

  static Result score(Facts you, Facts them, Attention attention, LocalDate week) {
    int overlap = overlapHours(you, them, week);
    Optional<String> limit = hardLimit(you, them, overlap);
    if (limit.isPresent()) {
      return new Result(0, List.of(), limit.get());
    }
    List<Part> parts = new ArrayList<>();
    Set<String> shared = intersection(you.skills(), them.skills());
    if (them.isRole()) {
      Set<String> needed = intersection(them.skills(), you.skills());
      if (!needed.isEmpty()) {
        parts.add(
            new Part(
                "needed-skills",
                neededPoints(needed.size()),
                "they need " + labels(needed) + ", which you have"));
      }
    } else {
      if (!shared.isEmpty()) {
        parts.add(
            new Part(
                "shared-skills", sharedPoints(shared.size()), "you both know " + labels(shared)));
      }
      Set<String> yours = you.areas();
      Set<String> theirs = them.areas();
      Set<String> added = new TreeSet<>(theirs);
      added.removeAll(yours);
      if (!added.isEmpty()) {
        parts.add(
            new Part(
                "complementary", complementaryPoints(added.size()), complementary(yours, theirs)));
      }
    }
    if (overlapPoints(overlap) > 0) {
      parts.add(
          new Part(
              "overlap",
              overlapPoints(overlap),
              overlap + " hours a week of overlap in your working time"));
    }
    Set<String> decide = intersection(you.decision(), them.decision());
    if (!decide.isEmpty()) {
      parts.add(
          new Part("decision", DECISION_POINTS, "you both like to decide by " + decisions(decide)));
    }
    Set<String> pay = intersection(you.pay(), them.pay());
    if (!pay.isEmpty()) {
      parts.add(new Part("pay", PAY_POINTS, "you both want " + pays(pay)));
    }
    Set<String> sectors = intersection(you.sectors(), them.sectors());
    if (!sectors.isEmpty()) {
      parts.add(
          new Part("sector", SECTOR_POINTS, "you both care about " + String.join(", ", sectors)));
    }
    Set<String> languages = intersection(you.languages(), them.languages());
    parts.add(
        new Part("language", LANGUAGE_POINTS, "you both speak " + Languages.names(languages)));
    Double km = distanceKm(you, them);
    int distance = distancePoints(km, you.remote() && them.remote());
    if (distance > 0) {
      parts.add(
          new Part(
              "distance",
              distance,
              km != null && km <= REGION_KM
                  ? Math.round(km) + " km apart"
                  : "you both work remotely"));
    }
    int gap = Math.abs(you.hoursPerWeek() - them.hoursPerWeek());
    if (commitmentPoints(gap) > 0) {
      parts.add(
          new Part(
              "commitment",
              commitmentPoints(gap),
              gap <= 5
                  ? "you can both give about " + them.hoursPerWeek() + " hours a week"
                  : "similar time to give: you "
                      + you.hoursPerWeek()
                      + ", they "
                      + them.hoursPerWeek()
                      + " hours a week"));
    }
    if (attention.pendingThisWeek() >= 2) {
      parts.add(
          new Part(
              "asked-often",
              -Math.min(3, attention.pendingThisWeek() / 2),
              "asked by many people this week, so shown a little lower for a while"));
    }
    if (attention.lapsedLately() >= 2) {
      parts.add(new Part("unanswered", -2, "has left requests unanswered lately, so shown lower"));
    }
    int score = parts.stream().mapToInt(Part::points).sum();
    return new Result(score, List.copyOf(parts), null);
  }

  // The points of each part, kept here once for the exact score and for the index's rough order
  // (RoughOrder), so the two cannot drift apart.

  static int sharedPoints(int sharedSkills) {
    return Math.min(3, sharedSkills);
  }

  static int neededPoints(int neededSkills) {
    return Math.min(6, 2 * neededSkills);
  }

  static int complementaryPoints(int areasAdded) {
    return Math.min(6, 2 * areasAdded);
  }

  static int overlapPoints(int hours) {
    return Math.min(3, hours / 5);
  }

  static final int DECISION_POINTS = 2;
  static final int PAY_POINTS = 1;
  static final int SECTOR_POINTS = 2;
  static final int LANGUAGE_POINTS = 1;

  static int distancePoints(Double km, boolean bothRemote) {
    if (km != null && km <= NEAR_KM) {
      return 2;
    }
    if (km != null && km <= REGION_KM) {
      return 1;
    }
    return bothRemote ? 1 : 0;
  }

  static int commitmentPoints(int gapHours) {
    return gapHours <= 5 ? 2 : gapHours <= 10 ? 1 : 0;
  }

  /** Why a suggestion may not be made, if it may not. */
  static Optional<String> hardLimit(Facts you, Facts them, LocalDate week) {
    return hardLimit(you, them, overlapHours(you, them, week));
  }

  private static Optional<String> hardLimit(Facts you, Facts them, int overlap) {
    if (intersection(you.languages(), them.languages()).isEmpty()) {
      return Optional.of("no language in common");
    }
    if (you.overlapMatters() && them.overlapMatters() && overlap == 0) {
      return Optional.of("no overlap in working time, which matters to both");
    }
    if (!you.remote() && !within(them, you)) {
      return Optional.of("outside where you would work");
    }
    if (!them.remote() && !within(you, them)) {
      return Optional.of("outside where they would work");
    }
    return Optional.empty();
  }

  /** Whether {@code other} is within the reach of {@code person}, who works only in person. */
  static boolean within(Facts other, Facts person) {
    Double km = distanceKm(other, person);
    if (km != null && person.radiusKm() != null) {
      return km <= person.radiusKm();
    }
    return person.country() != null && person.country().equals(other.country());
  }

  static int overlapHours(Facts a, Facts b, LocalDate week) {
    if (a.isRole() || b.isRole()) {
      return 0;
    }
    BitSet hours = a.weeklyHours(week);
    hours.and(b.weeklyHours(week));
    return hours.cardinality();
  }

  static Double distanceKm(Facts a, Facts b) {
    if (a.latitude() == null
        || a.longitude() == null
        || b.latitude() == null
        || b.longitude() == null) {
      return null;
    }
    return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }

  /** The great-circle distance between two points. */
  static double km(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
    double lat1 = Math.toRadians(latitudeA);
    double lat2 = Math.toRadians(latitudeB);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(longitudeB - longitudeA);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** "you design, they build, neither keeps the books yet". */
  static String complementary(Set<String> yours, Set<String> theirs) {
    Set<String> onlyYou = new TreeSet<>(yours);
    onlyYou.removeAll(theirs);
    Set<String> onlyThem = new TreeSet<>(theirs);
    onlyThem.removeAll(yours);
    List<String> words = new ArrayList<>();
    if (!onlyYou.isEmpty()) {
      words.add("you " + areaWords(onlyYou));
    }
    words.add("they " + areaWords(onlyThem));
    if (!yours.contains("money") && !theirs.contains("money")) {
      words.add("neither keeps the books yet");
    }
    return String.join(", ", words);
  }

  private static String areaWords(Set<String> areas) {
    List<String> words = areas.stream().map(a -> Skills.AREAS.getOrDefault(a, a)).toList();
    return and(words);
  }

  private static String labels(Set<String> skills) {
    return and(
        skills.stream()
            .map(s -> Skills.LABELS.getOrDefault(s, s).toLowerCase(Locale.ROOT))
            .toList());
  }

  private static String decisions(Set<String> codes) {
    return and(codes.stream().map(Scoring::decisionWords).toList());
  }

  static String decisionWords(String code) {
    return switch (code) {
      case "consensus" -> "consensus";
      case "consent" -> "consent (sociocracy)";
      case "majority" -> "majority vote";
      case "delegated" -> "delegating to those who do the work";
      default -> code;
    };
  }

  private static String pays(Set<String> codes) {
    return and(
        codes.stream()
            .map(
                c ->
                    switch (c) {
                      case "equal" -> "equal pay";
                      case "capped" -> "a capped pay ratio";
                      case "by-role" -> "pay by role";
                      default -> c;
                    })
            .toList());
  }

  static String and(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    return both;
  }
}
