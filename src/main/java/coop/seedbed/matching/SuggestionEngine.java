package coop.seedbed.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.search.Query;

/**
 * Suggestions of one kind for one person, ranked: candidates from the index (a language in common,
 * within reach), those the person hid or blocked or who blocked them taken out, every candidate
 * scored exactly by {@link Scoring}, any that breaks a hard limit dropped, best score first. No
 * database here, so the quality of suggestions can be measured on a made-up population in memory.
 */
final class SuggestionEngine {

  /**
   * How many candidates the index proposes for exact scoring. Its rough order mirrors the scoring,
   * so this only has to cover what it cannot see (attention, hidden and blocked people).
   */
  static final int CANDIDATES = 200;

  /** The lists a person may be shown, by what they want. */
  enum List_ {
    /** People to found a co-op with. */
    PEOPLE(Facts.PROFILE, Set.of("start", "cofounders", "join")),
    /** Open roles of co-ops. */
    ROLES(Facts.ROLE, Set.of()),
    /** Mentors, for people who want one. */
    MENTORS(Facts.PROFILE, Set.of("mentor")),
    /** People seeking a mentor, for mentors. */
    MENTEES(Facts.PROFILE, Set.of("mentee"));

    final String kind;
    final Set<String> wants;

    List_(String kind, Set<String> wants) {
      this.kind = kind;
      this.wants = wants;
    }

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The lists that fit what a person wants. */
    static List<List_> forWants(Set<String> wants) {
      List<List_> lists = new ArrayList<>();
      if (wants.contains("start") || wants.contains("cofounders") || wants.contains("join")) {
        lists.add(PEOPLE);
      }
      if (wants.contains("join")) {
        lists.add(ROLES);
      }
      if (wants.contains("mentee")) {
        lists.add(MENTORS);
      }
      if (wants.contains("mentor")) {
        lists.add(MENTEES);
      }
      return lists;
    }
  }

  /** A candidate and its exact score. */
  record Scored(Facts facts, Scoring.Result result) {}

  private SuggestionEngine() {}

  static List<Scored> rank(
      Facts you,
      List_ list,
      BiFunction<Query, Integer, List<Facts>> search,
      Set<String> hiddenKeys,
      Set<Long> blockedAccounts,
      Function<Collection<Long>, Map<Long, Scoring.Attention>> attention,
      LocalDate week,
      int limit) {
    List<Facts> candidates =
        search.apply(MatchDocuments.candidates(you, list.kind, list.wants), CANDIDATES).stream()
            .filter(f -> !hiddenKeys.contains(MatchDocuments.key(f.kind(), f.id())))
            .filter(f -> !blockedAccounts.contains(f.accountId()))
            .filter(f -> f.accountId() != you.accountId())
            .toList();
    Map<Long, Scoring.Attention> attended =
        attention.apply(candidates.stream().map(Facts::accountId).distinct().toList());
    List<Scored> scored = new ArrayList<>();
    for (Facts them : candidates) {
      Scoring.Result result =
          Scoring.score(
              you, them, attended.getOrDefault(them.accountId(), Scoring.Attention.NONE), week);
      if (!result.isExcluded()) {
        scored.add(new Scored(them, result));
      }
    }
    scored.sort(
        Comparator.comparingInt((Scored s) -> -s.result().score())
            .thenComparingLong(s -> s.facts().id()));
    return scored.size() > limit ? List.copyOf(scored.subList(0, limit)) : List.copyOf(scored);
  }
}
