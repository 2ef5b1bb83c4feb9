package coop.seedbed.matching;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Founding circles: Seedbed proposes groups of three to six among the people who asked for one (the
 * best worst circle, by {@link CircleGrouping}, never first come first served), each member sees
 * the others and says whether they are in, and a circle forms once three have said yes. Only then
 * do its members who said yes see each other's addresses.
 */
@ApplicationScoped
public class CircleService {

  static final int FORMS_AT = 3;

  /** The first weeks, in our words, after our guide "Solidarity group first". */
  static final List<String> CHECKLIST =
      List.of(
          "Meet once, by call or in person, and each say what you want from a co-op and what you"
              + " can give each week.",
          "Agree how you will decide things while you are still a group, before you are a co-op.",
          "Write down who does what for the next four weeks, and when you will meet again.",
          "Pick one small thing to do together, such as sharing a first piece of paid work, to"
              + " see how you work side by side.",
          "Talk money early: what each of you can put in, and what each needs to earn.",
          "Book one Digital Candle call together with someone who runs a co-op.");

  @PersistenceContext EntityManager em;
  @Inject Matches matches;
  @Inject MatchMails mails;
  @Inject ProfileService profiles;
  @Inject AccountService accounts;
  @Inject Clock clock;

  /** What a run of proposals made. */
  public record ProposalReport(
      int circles, int people, int worstFit, long totalFit, int unplaced) {}

  /** Proposes circles to everyone waiting for one; each member is mailed. */
  @Transactional
  public ProposalReport propose(@NotNull Caller caller) {
    caller.requireStaff();
    Set<Long> taken = new HashSet<>();
    for (Object row :
        em.createNativeQuery(
                "select m.account_id from match_circle_member m join match_circle c on c.id = m.circle_id"
                    + " where c.status <> 'DISSOLVED' and m.answer <> 'NO'")
            .getResultList()) {
      taken.add(((Number) row).longValue());
    }
    List<Profile> seekers =
        matches.circleSeekers().stream().filter(p -> !taken.contains(p.accountId)).toList();
    LocalDate week = LocalDate.now(clock);
    List<CircleGrouping.Seeker> input = new ArrayList<>();
    for (Profile p : seekers) {
      Facts f = Facts.of(p);
      input.add(
          new CircleGrouping.Seeker(
              f.areas(),
              f.sectors(),
              f.languages(),
              f.weeklyHours(week),
              f.overlapMatters(),
              f.hoursPerWeek()));
    }
    CircleGrouping.Proposal proposal = CircleGrouping.propose(input, keptApart(seekers));
    OffsetDateTime now = OffsetDateTime.now(clock);
    int made = 0;
    int people = 0;
    for (int c = 0; c < proposal.circles().size(); c++) {
      int[] members = proposal.circles().get(c);
      List<Profile> group = new ArrayList<>();
      for (int index : members) {
        group.add(seekers.get(index));
      }
      Circle circle = new Circle();
      circle.status = Circle.Status.PROPOSED;
      circle.fit = proposal.fits().get(c);
      circle.reasons = String.join("\n", reasons(group, week));
      circle.createdAt = now;
      em.persist(circle);
      em.flush();
      for (Profile p : group) {
        em.createNativeQuery(
                "insert into match_circle_member (circle_id, account_id, answer) values (?1, ?2, 'PENDING')")
            .setParameter(1, circle.id)
            .setParameter(2, p.accountId)
            .executeUpdate();
      }
      Map<Long, AccountView> people_ =
          accounts.describe(group.stream().map(p -> p.accountId).toList());
      for (Profile p : group) {
        mails.circleProposed(
            people_.get(p.accountId).email(), p.name, group.size(), circle.reasons, circle.id);
      }
      made++;
      people += group.size();
    }
    return new ProposalReport(
        made, people, proposal.worstFit(), proposal.totalFit(), seekers.size() - people);
  }

  @Transactional
  public List<CircleView> mine(@NotNull Caller caller) {
    return circlesOf(caller.requirePerson());
  }

  /** The circles a person was proposed for, newest first. */
  List<CircleView> circlesOf(long me) {
    List<CircleView> views = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "select circle_id from match_circle_member where account_id = ?1 order by circle_id desc")
            .setParameter(1, me)
            .getResultList()) {
      views.add(view(em.find(Circle.class, ((Number) id).longValue()), me));
    }
    return views;
  }

  @Transactional
  public CircleView circle(@NotNull Caller caller, long id) {
    long me = caller.requirePerson();
    Circle circle = em.find(Circle.class, id);
    if (circle == null || answers(id).get(me) == null) {
      throw new NotFoundException("There is no circle " + id + " of yours.");
    }
    return view(circle, me);
  }

  /** A member says whether they are in; three yeses form the circle, and its members are told. */
  @Transactional
  public CircleView answer(@NotNull Caller caller, long id, boolean yes) {
    long me = caller.requirePerson();
    Circle circle = em.find(Circle.class, id);
    if (circle == null || answers(id).get(me) == null) {
      throw new NotFoundException("There is no circle " + id + " of yours.");
    }
    em.lock(circle, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(circle);
    if (circle.status == Circle.Status.DISSOLVED) {
      throw new ConflictException("Too few said yes, so this circle did not form.");
    }
    if (!"PENDING".equals(answers(id).get(me))) {
      throw new ConflictException("You have already answered.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    em.createNativeQuery(
            "update match_circle_member set answer = ?1, answered_at = ?2 where circle_id = ?3 and account_id = ?4")
        .setParameter(1, yes ? "YES" : "NO")
        .setParameter(2, now)
        .setParameter(3, id)
        .setParameter(4, me)
        .executeUpdate();
    Map<Long, String> answers = answers(id);
    long said = answers.values().stream().filter("YES"::equals).count();
    long open = answers.values().stream().filter("PENDING"::equals).count();
    if (circle.status == Circle.Status.PROPOSED && said >= FORMS_AT) {
      circle.status = Circle.Status.FORMED;
      circle.formedAt = now;
      List<Long> in =
          answers.entrySet().stream()
              .filter(e -> "YES".equals(e.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      Map<Long, AccountView> people = accounts.describe(in);
      Map<Long, Profile> byAccount = matches.profilesOfAccounts(in);
      for (long account : in) {
        Profile p = byAccount.get(account);
        mails.circleFormed(
            people.get(account).email(), p == null ? "there" : p.name, in.size(), id);
      }
    } else if (circle.status == Circle.Status.PROPOSED && said + open < FORMS_AT) {
      circle.status = Circle.Status.DISSOLVED;
    }
    return view(circle, me);
  }

  private CircleView view(Circle circle, long me) {
    Map<Long, String> answers = answers(circle.id);
    Map<Long, Profile> byAccount = matches.profilesOfAccounts(answers.keySet());
    boolean formed = circle.status == Circle.Status.FORMED;
    boolean iAmIn = "YES".equals(answers.get(me));
    Map<Long, AccountView> people =
        formed && iAmIn ? accounts.describe(answers.keySet()) : Map.of();
    List<CircleView.Member> members = new ArrayList<>();
    for (Map.Entry<Long, String> e : answers.entrySet()) {
      Profile p = byAccount.get(e.getKey());
      if (p == null || e.getKey() == me) {
        continue;
      }
      String email =
          formed && iAmIn && "YES".equals(e.getValue()) ? people.get(e.getKey()).email() : null;
      members.add(
          new CircleView.Member(profiles.view(p), e.getValue().toLowerCase(Locale.ROOT), email));
    }
    return new CircleView(
        circle.id,
        circle.status.name().toLowerCase(Locale.ROOT),
        circle.fit,
        List.of(circle.reasons.split("\n")),
        answers.get(me).toLowerCase(Locale.ROOT),
        members,
        circle.formedAt == null ? null : circle.formedAt.toInstant(),
        formed ? CHECKLIST : List.of(),
        "/guides/solidarity-group-first",
        "/candle/slots?topic=starting");
  }

  private Map<Long, String> answers(long circle) {
    Map<Long, String> answers = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select account_id, answer from match_circle_member where circle_id = ?1 order by account_id")
            .setParameter(1, circle)
            .getResultList()) {
      Object[] r = (Object[]) row;
      answers.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    return answers;
  }

  /** Pairs of seekers (by index) of whom one has blocked the other: never in one circle. */
  private List<int[]> keptApart(List<Profile> seekers) {
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < seekers.size(); i++) {
      index.put(seekers.get(i).accountId, i);
    }
    List<int[]> apart = new ArrayList<>();
    for (long[] block : matches.blocks()) {
      Integer a = index.get(block[0]);
      Integer b = index.get(block[1]);
      if (a != null && b != null) {
        apart.add(new int[] {a, b});
      }
    }
    return apart;
  }

  /** Why these people, in words: the areas they cover, what they share, when they all work. */
  static List<String> reasons(List<Profile> group, LocalDate week) {
    List<String> reasons = new ArrayList<>();
    Set<String> areas = new TreeSet<>();
    Map<String, Integer> sectors = new HashMap<>();
    Set<String> languages = null;
    BitSet common = null;
    for (Profile p : group) {
      Facts f = Facts.of(p);
      areas.addAll(f.areas());
      f.sectors().forEach(s -> sectors.merge(s, 1, Integer::sum));
      if (languages == null) {
        languages = new TreeSet<>(f.languages());
      } else {
        languages.retainAll(f.languages());
      }
      BitSet hours = f.weeklyHours(week);
      if (common == null) {
        common = hours;
      } else {
        common.and(hours);
      }
    }
    if (!areas.isEmpty()) {
      reasons.add(
          "Between you, you "
              + Scoring.and(areas.stream().map(a -> Skills.AREAS.getOrDefault(a, a)).toList())
              + ".");
    }
    sectors.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .max(Map.Entry.comparingByValue())
        .ifPresent(e -> reasons.add(e.getValue() + " of you care about " + e.getKey() + "."));
    if (languages != null && !languages.isEmpty()) {
      reasons.add("You all speak " + Languages.names(languages) + ".");
    }
    if (common != null && common.cardinality() > 0) {
      reasons.add(
          "You all usually work at the same time for " + common.cardinality() + " hours a week.");
    }
    return reasons;
  }
}
