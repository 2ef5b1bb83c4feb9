package coop.seedbed.matching;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's suggestions, list by list, each with its reasons. The index proposes and scores; then
 * the database has the last word: only profiles still visible and not paused, and roles still open,
 * are shown, and never anyone blocked either way or hidden by the person.
 */
@ApplicationScoped
public class SuggestionService {

  static final int SHOWN = 10;

  @Inject Matches matches;
  @Inject MatchIndex index;
  @Inject Activity activity;
  @Inject ProfileService profiles;
  @Inject Clock clock;

  /** Suggestions of every list that fits the person, or of one ({@code list}). */
  @Transactional
  public Map<String, List<SuggestionView>> suggestions(@NotNull Caller caller, String list) {
    long account = caller.requirePerson();
    Profile mine =
        matches
            .profileOf(account)
            .orElseThrow(
                () -> new NotFoundException("Make your profile first: suggestions start from it."));
    if (!index.isReady()) {
      throw new UnavailableException("Suggestions are being prepared; try again in a minute.", 30);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (mine.lastActiveAt.isBefore(now.minus(Duration.ofHours(1)))) {
      mine.lastActiveAt = now;
    }
    Facts you = Facts.of(mine);
    List<SuggestionEngine.List_> lists = SuggestionEngine.List_.forWants(you.wants());
    if (list != null && !list.isBlank()) {
      SuggestionEngine.List_ one;
      try {
        one = SuggestionEngine.List_.valueOf(list.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("list", "Ask for people, roles, mentors or mentees.");
      }
      lists = List.of(one);
    }
    Set<String> hidden = matches.hiddenBy(account);
    Set<Long> blocked = matches.blockedEitherWay(account);
    LocalDate week = now.toLocalDate();
    Map<String, List<SuggestionView>> answer = new LinkedHashMap<>();
    for (SuggestionEngine.List_ l : lists) {
      List<SuggestionEngine.Scored> ranked =
          SuggestionEngine.rank(
              you, l, index::search, hidden, blocked, activity::attention, week, SHOWN * 3);
      answer.put(l.code(), checked(l, ranked));
    }
    return answer;
  }

  /** The ranked candidates the database still allows, at most {@link #SHOWN}. */
  private List<SuggestionView> checked(
      SuggestionEngine.List_ list, List<SuggestionEngine.Scored> ranked) {
    List<SuggestionView> shown = new ArrayList<>();
    if (list.kind.equals(Facts.ROLE)) {
      Map<Long, OpenRole> roles = matches.roles(ranked.stream().map(s -> s.facts().id()).toList());
      for (SuggestionEngine.Scored s : ranked) {
        OpenRole r = roles.get(s.facts().id());
        if (r != null && r.open && shown.size() < SHOWN) {
          shown.add(
              new SuggestionView(
                  list.code(),
                  Facts.ROLE,
                  r.id,
                  r.title + " at " + r.organisationName,
                  s.result().score(),
                  s.result().parts().stream().map(SuggestionView.Reason::of).toList(),
                  null,
                  RoleView.from(r)));
        }
      }
      return shown;
    }
    Map<Long, Profile> found = matches.profiles(ranked.stream().map(s -> s.facts().id()).toList());
    Map<Long, Integer> rates =
        activity.answerRates(found.values().stream().map(p -> p.accountId).toList());
    for (SuggestionEngine.Scored s : ranked) {
      Profile p = found.get(s.facts().id());
      if (p != null && p.isSuggestible() && shown.size() < SHOWN) {
        shown.add(
            new SuggestionView(
                list.code(),
                Facts.PROFILE,
                p.id,
                p.name,
                s.result().score(),
                s.result().parts().stream().map(SuggestionView.Reason::of).toList(),
                PersonView.from(p, activity.lastActive(p.lastActiveAt), rates.get(p.accountId)),
                null));
      }
    }
    return shown;
  }

  /** Hides a suggestion for good: a profile or a role, by id. */
  @Transactional
  public void hide(@NotNull Caller caller, String kind, Long id) {
    long account = caller.requirePerson();
    if (id == null || kind == null || !(kind.equals(Facts.PROFILE) || kind.equals(Facts.ROLE))) {
      throw new InvalidInputException(
          "kind", "Say which suggestion to hide: kind profile or role, and its id.");
    }
    matches.hide(account, kind, id, OffsetDateTime.now(clock));
  }
}
