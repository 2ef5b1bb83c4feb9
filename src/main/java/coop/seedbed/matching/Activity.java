package coop.seedbed.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How people answer introductions, counted from the requests themselves: requests still waiting
 * from this week (spreads attention: a much-asked person ranks lower for a while), requests let
 * lapse in the last month (a person who keeps ignoring them sinks), and how often they answer at
 * all over three months.
 */
@ApplicationScoped
class Activity {

  static final Duration WEEK = Duration.ofDays(7);
  static final Duration MONTH = Duration.ofDays(30);
  static final Duration QUARTER = Duration.ofDays(90);

  @Inject Matches matches;
  @Inject Clock clock;

  /** Per account, the attention parts of the score. */
  Map<Long, Scoring.Attention> attention(Collection<Long> accounts) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<Long, Integer> pending = matches.pendingTo(accounts, now.minus(WEEK));
    Map<Long, Integer> lapsed = matches.lapsedTo(accounts, now.minus(MONTH));
    Map<Long, Scoring.Attention> found = new HashMap<>();
    for (long account : accounts) {
      found.put(
          account,
          new Scoring.Attention(pending.getOrDefault(account, 0), lapsed.getOrDefault(account, 0)));
    }
    return found;
  }

  /** Per account, the share (in %) of requests answered yes or no; null with none to answer. */
  Map<Long, Integer> answerRates(Collection<Long> accounts) {
    OffsetDateTime since = OffsetDateTime.now(clock).minus(QUARTER);
    Map<Long, Integer> answered = matches.answeredBy(accounts, since);
    Map<Long, Integer> lapsed = matches.lapsedTo(accounts, since);
    Map<Long, Integer> rates = new HashMap<>();
    for (long account : accounts) {
      int yes = answered.getOrDefault(account, 0);
      int no = lapsed.getOrDefault(account, 0);
      if (yes + no > 0) {
        rates.put(account, Math.round(100f * yes / (yes + no)));
      }
    }
    return rates;
  }

  int lapsedLately(long account) {
    return matches
        .lapsedTo(List.of(account), OffsetDateTime.now(clock).minus(MONTH))
        .getOrDefault(account, 0);
  }

  /** When someone was last active, as coarse words: nobody needs the minute. */
  String lastActive(OffsetDateTime at) {
    Duration ago = Duration.between(at, OffsetDateTime.now(clock));
    if (ago.compareTo(WEEK) <= 0) {
      return "this week";
    }
    if (ago.compareTo(MONTH) <= 0) {
      return "this month";
    }
    return ago.compareTo(QUARTER) <= 0 ? "in the last three months" : "more than three months ago";
  }
}
