package coop.seedbed.matching;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.database.SqlStates;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Double opt-in introductions: one person asks, with a note; the other says yes or no; only when
 * both have said yes does either learn the other's address, by an introduction mail to both. A
 * person may ask a limited number of times a week; an unanswered request is reminded once and
 * lapses; two open requests between the same people cannot exist (a unique key decides).
 */
@ApplicationScoped
public class IntroductionService {

  @Inject Matches matches;
  @Inject MatchMails mails;
  @Inject AccountService accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.matching.requests-per-week")
  int perWeek;

  @Inject
  @ConfigProperty(name = "seedbed.matching.remind-after")
  Duration remindAfter;

  @Inject
  @ConfigProperty(name = "seedbed.matching.lapse-after")
  Duration lapseAfter;

  @Transactional
  public IntroductionView ask(
      @NotNull Caller caller,
      @NotNull(message = ProfileService.BODY_REQUIRED) @Valid AskRequest request) {
    caller.requireVerifiedEmail();
    long me = caller.requirePerson();
    Profile mine =
        matches
            .profileOf(me)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "profile",
                        "Make your profile first: it is what the other person sees of you."));
    if ((request.profile() == null) == (request.role() == null)) {
      throw new InvalidInputException(
          "profile", "Ask to meet one person (profile) or one open role (role).");
    }
    Set<Long> blocked = matches.blockedEitherWay(me);
    long to;
    String toName;
    OpenRole role = null;
    if (request.profile() != null) {
      Profile them =
          matches
              .profile(request.profile())
              .filter(Profile::isSuggestible)
              .filter(p -> !blocked.contains(p.accountId))
              .orElseThrow(() -> new NotFoundException("There is nobody to ask at that profile."));
      if (them.accountId == me) {
        throw new InvalidInputException("profile", "You cannot ask to be introduced to yourself.");
      }
      to = them.accountId;
      toName = them.name;
    } else {
      role =
          matches
              .role(request.role())
              .filter(r -> r.open && r.contactAccountId != null)
              .filter(r -> !blocked.contains(r.contactAccountId))
              .orElseThrow(() -> new NotFoundException("There is no open role to ask about."));
      if (role.contactAccountId == me) {
        throw new InvalidInputException("role", "This is your own co-op's role.");
      }
      to = role.contactAccountId;
      toName = role.organisationName;
    }
    // The asker's profile row is held while counting, so that two requests at once (on two
    // instances) cannot both pass the weekly limit.
    matches.lock(mine);
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime weekAgo = now.minus(Activity.WEEK);
    for (Introduction i : matches.introductionsOf(me)) {
      if (i.status == Introduction.Status.PENDING && i.fromAccountId == to && i.toAccountId == me) {
        throw new ConflictException(
            toName + " has already asked to meet you: answer their request instead.",
            "/match/introductions");
      }
      if (i.status == Introduction.Status.PENDING && i.fromAccountId == me && i.toAccountId == to) {
        throw new ConflictException(
            "You have already asked; they have not answered yet.", "/match/introductions");
      }
    }
    // A repeated request is answered as such before the weekly limit, which it would not raise.
    if (matches.askedSince(me, weekAgo) >= perWeek) {
      throw new RateLimitedException(
          "You have asked for "
              + perWeek
              + " introductions this week, the most there is room for: wait for answers, and ask"
              + " again in a few days.",
          Duration.ofDays(1).toSeconds());
    }
    Introduction intro = new Introduction();
    intro.fromAccountId = me;
    intro.toAccountId = to;
    intro.roleId = role == null ? null : role.id;
    intro.note = request.note().strip();
    intro.status = Introduction.Status.PENDING;
    intro.openKey = Introduction.openKey(me, to);
    intro.createdAt = now;
    intro.expiresAt = now.plus(lapseAfter);
    matches.persist(intro);
    try {
      matches.flush();
    } catch (RuntimeException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new ConflictException(
            "You have already asked; they have not answered yet.", "/match/introductions");
      }
      throw e;
    }
    mine.lastActiveAt = now;
    AccountView recipient = account(to);
    String recipientName =
        matches.profileOf(to).map(p -> p.name).orElse(role == null ? toName : "there");
    mails.asked(
        recipient.email(),
        recipientName,
        mine.name,
        role == null ? "" : " about your open role \"" + role.title + "\"",
        intro.note,
        lapseAfter.toDays());
    return view(intro, me);
  }

  /** The person asked says yes or no; yes introduces them both, by mail, with addresses. */
  @Transactional
  public IntroductionView answer(@NotNull Caller caller, long id, boolean yes) {
    long me = caller.requirePerson();
    Introduction intro = find(id, me);
    if (intro.toAccountId != me) {
      throw new NotFoundException("There is no request to you with that number.");
    }
    matches.lock(intro);
    if (intro.status == Introduction.Status.LAPSED) {
      throw new GoneException("This request lapsed before it was answered.");
    }
    if (intro.status != Introduction.Status.PENDING) {
      throw new ConflictException("This request has already been answered.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    intro.status = yes ? Introduction.Status.ACCEPTED : Introduction.Status.DECLINED;
    intro.openKey = null;
    intro.answeredAt = now;
    matches.profileOf(me).ifPresent(p -> p.lastActiveAt = now);
    AccountView asker = account(intro.fromAccountId);
    AccountView answerer = account(me);
    String askerName = name(intro.fromAccountId, asker);
    String answererName = name(me, answerer);
    if (yes) {
      String context =
          intro.roleId == null
              ? askerName + " wrote when asking: " + intro.note
              : "This is about the open role "
                  + matches
                      .role(intro.roleId)
                      .map(r -> "\"" + r.title + "\" at " + r.organisationName)
                      .orElse("")
                  + ". "
                  + askerName
                  + " wrote: "
                  + intro.note;
      mails.introduced(asker.email(), askerName, answererName, answerer.email(), context);
      mails.introduced(answerer.email(), answererName, askerName, asker.email(), context);
    } else {
      mails.declined(asker.email(), askerName, answererName);
    }
    return view(intro, me);
  }

  @Transactional
  public List<IntroductionView> mine(@NotNull Caller caller) {
    long me = caller.requirePerson();
    List<IntroductionView> views = new ArrayList<>();
    for (Introduction i : matches.introductionsOf(me)) {
      views.add(view(i, me));
    }
    return views;
  }

  @Transactional
  public List<Long> dueReminders() {
    return matches.dueReminders(OffsetDateTime.now(clock).minus(remindAfter));
  }

  /** The one reminder of a request, whichever instance claims it first. */
  @Transactional
  public void remind(long id) {
    if (!matches.takeReminder(id, OffsetDateTime.now(clock))) {
      return;
    }
    Introduction i = matches.introduction(id);
    AccountView to = account(i.toAccountId);
    mails.reminder(
        to.email(), name(i.toAccountId, to), name(i.fromAccountId, account(i.fromAccountId)));
  }

  @Transactional
  public List<Long> lapsing() {
    return matches.lapsing(OffsetDateTime.now(clock));
  }

  /** Lets a request lapse unless it was answered meanwhile; the asker is told. */
  @Transactional
  public void lapse(long id) {
    Introduction i = matches.lock(matches.introduction(id));
    if (i.status != Introduction.Status.PENDING || i.expiresAt.isAfter(OffsetDateTime.now(clock))) {
      return;
    }
    i.status = Introduction.Status.LAPSED;
    i.openKey = null;
    AccountView from = account(i.fromAccountId);
    mails.lapsed(
        from.email(),
        name(i.fromAccountId, from),
        name(i.toAccountId, account(i.toAccountId)),
        lapseAfter.toDays());
  }

  private Introduction find(long id, long me) {
    Introduction i;
    try {
      i = matches.introduction(id);
    } catch (NotFoundException e) {
      throw new NotFoundException("There is no introduction " + id + " of yours.");
    }
    if (i.fromAccountId != me && i.toAccountId != me) {
      throw new NotFoundException("There is no introduction " + id + " of yours.");
    }
    return i;
  }

  IntroductionView view(Introduction i, long me) {
    boolean asked = i.fromAccountId == me;
    long other = asked ? i.toAccountId : i.fromAccountId;
    Optional<Profile> profile = matches.profileOf(other);
    Optional<OpenRole> role = i.roleId == null ? Optional.empty() : matches.role(i.roleId);
    String otherName =
        profile
            .map(p -> p.name)
            .orElse(role.map(r -> r.organisationName).orElse("Someone who has left"));
    String email = i.status == Introduction.Status.ACCEPTED ? account(other).email() : null;
    return new IntroductionView(
        i.id,
        asked ? "asked" : "received",
        i.status.name().toLowerCase(Locale.ROOT),
        profile.map(p -> p.id).orElse(0L),
        otherName,
        i.note,
        i.roleId,
        role.map(r -> r.title).orElse(null),
        i.createdAt.toInstant(),
        i.expiresAt.toInstant(),
        i.answeredAt == null ? null : i.answeredAt.toInstant(),
        email);
  }

  private String name(long account, AccountView view) {
    return matches
        .profileOf(account)
        .map(p -> p.name)
        .orElse(view.displayName() != null ? view.displayName() : "A Seedbed member");
  }

  private AccountView account(long id) {
    Map<Long, AccountView> found = accounts.describe(new HashSet<>(List.of(id)));
    AccountView view = found.get(id);
    if (view == null) {
      throw new NotFoundException("That person has left Seedbed.");
    }
    return view;
  }
}
