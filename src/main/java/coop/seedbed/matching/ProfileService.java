package coop.seedbed.matching;

import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's own profile: create or change it whole, pause it, hide it, delete it; and others'
 * profiles, shown only as their owners chose (public, signed-in people, or nobody) and never to
 * someone either of them blocked.
 */
@ApplicationScoped
public class ProfileService {

  static final String BODY_REQUIRED = "Send the profile as JSON.";
  static final Set<String> WANTS = Set.of("start", "join", "cofounders", "mentor", "mentee");
  static final Set<String> DECISIONS = Set.of("consensus", "consent", "majority", "delegated");
  static final Set<String> PAY = Set.of("equal", "capped", "by-role");
  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9 &/+.-]{0,58}");

  @Inject Matches matches;
  @Inject Activity activity;
  @Inject Event<MatchChanged> changed;
  @Inject Clock clock;

  @Transactional
  public Optional<ProfileView> mine(@NotNull Caller caller) {
    long account = caller.requirePerson();
    return matches.profileOf(account).map(p -> own(p));
  }

  @Transactional
  public ProfileView save(
      @NotNull Caller caller, @NotNull(message = BODY_REQUIRED) @Valid ProfileRequest request) {
    caller.requireVerifiedEmail();
    long account = caller.requirePerson();
    List<FieldError> errors = new ArrayList<>();
    Profile p = matches.profileOf(account).orElseGet(Profile::new);
    boolean fresh = p.id == null;
    p.accountId = account;
    p.name = request.name().strip();
    p.wants = codes(request.wants(), WANTS, "wants", errors);
    if (p.wants.isEmpty()) {
      errors.add(
          new FieldError(
              "wants", "Say what you are here for: start, join, cofounders, mentor or mentee."));
    }
    p.skills = skills(request.skills(), errors);
    p.tags = tags(request.tags(), "tags", errors);
    p.sectors = tags(request.sectors(), "sectors", errors);
    p.decision = codes(request.decision(), DECISIONS, "decision", errors);
    p.pay = codes(request.pay(), PAY, "pay", errors);
    p.hoursPerWeek = request.hoursPerWeek();
    p.availableFrom = date(request.availableFrom(), errors);
    p.city = blankToNull(request.city());
    p.country = country(request.country(), errors);
    p.latitude = request.latitude();
    p.longitude = request.longitude();
    if ((p.latitude == null) != (p.longitude == null)
        || (p.latitude != null && (Math.abs(p.latitude) > 90 || Math.abs(p.longitude) > 180))) {
      errors.add(
          new FieldError(
              "latitude",
              "Give both latitude (-90 to 90) and longitude (-180 to 180), or neither."));
    }
    p.radiusKm = request.radiusKm();
    p.remote = request.remote() == null || request.remote();
    if (!p.remote && p.country == null) {
      errors.add(
          new FieldError(
              "country",
              "Working only in person needs a country, so people near you can find you."));
    }
    p.timeZone = zone(request.timeZone(), errors);
    p.workStart = time(request.workStart(), "workStart", LocalTime.of(9, 0), errors);
    p.workEnd = time(request.workEnd(), "workEnd", LocalTime.of(17, 0), errors);
    if (p.workStart != null && p.workEnd != null && !p.workEnd.isAfter(p.workStart)) {
      errors.add(new FieldError("workEnd", "Your working day must end after it starts."));
    }
    p.workDays =
        request.workDays() == null
            ? List.of("MO", "TU", "WE", "TH", "FR")
            : codes(request.workDays(), Set.copyOf(Facts.DAYS), "workDays", errors);
    p.overlapMatters = request.overlapMatters() != null && request.overlapMatters();
    p.languages = languages(request.languages(), errors);
    p.about = request.about() == null ? "" : request.about().strip();
    p.mentorCapacity = request.mentorCapacity() == null ? 0 : request.mentorCapacity();
    if (p.mentorCapacity > 0 && !p.wants.contains("mentor")) {
      errors.add(
          new FieldError(
              "mentorCapacity", "Only mentors take teams; add mentor to what you want."));
    }
    p.circle = request.circle() != null && request.circle();
    p.visibility = visibility(request.visibility(), errors);
    p.paused = request.paused() != null && request.paused();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    p.lastActiveAt = now;
    p.updatedAt = now;
    if (fresh) {
      p.createdAt = now;
      matches.persist(p);
    }
    matches.flush();
    changed.fire(new MatchChanged(Facts.PROFILE, p.id));
    return own(p);
  }

  /** Deletes the caller's profile; requests still waiting, from or to them, are withdrawn. */
  @Transactional
  public void delete(@NotNull Caller caller) {
    long account = caller.requirePerson();
    Profile p =
        matches.profileOf(account).orElseThrow(() -> new NotFoundException("You have no profile."));
    for (Introduction i : matches.introductionsOf(account)) {
      if (i.status == Introduction.Status.PENDING) {
        i.status = Introduction.Status.DECLINED;
        i.openKey = null;
        i.answeredAt = OffsetDateTime.now(clock);
      }
    }
    long id = p.id;
    matches.remove(p);
    changed.fire(new MatchChanged(Facts.PROFILE, id));
  }

  /** Someone's profile, as its owner chose to show it; 404 to anyone who may not see it. */
  @Transactional
  public PersonView person(@NotNull Caller caller, long id) {
    Profile p =
        matches
            .profile(id)
            .filter(x -> visibleTo(x, caller))
            .orElseThrow(() -> new NotFoundException("There is no profile " + id + " to see."));
    return view(p);
  }

  boolean visibleTo(Profile p, Caller caller) {
    Optional<Long> viewer = caller.account();
    if (viewer.isPresent() && viewer.get() == p.accountId) {
      return true;
    }
    if (p.visibility == Profile.Visibility.HIDDEN) {
      return false;
    }
    if (viewer.isEmpty()) {
      return p.visibility == Profile.Visibility.PUBLIC && !p.paused;
    }
    return !matches.blockedEitherWay(viewer.get()).contains(p.accountId);
  }

  PersonView view(Profile p) {
    Map<Long, Integer> rates = activity.answerRates(List.of(p.accountId));
    return PersonView.from(p, activity.lastActive(p.lastActiveAt), rates.get(p.accountId));
  }

  private ProfileView own(Profile p) {
    return ProfileView.from(
        p,
        activity.answerRates(List.of(p.accountId)).get(p.accountId),
        activity.lapsedLately(p.accountId));
  }

  // Reading what people typed.

  static List<String> codes(
      List<String> given, Set<String> allowed, String field, List<FieldError> errors) {
    Set<String> codes = new LinkedHashSet<>();
    if (given != null) {
      for (String value : given) {
        String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (field.equals("workDays")) {
          code = code.toUpperCase(Locale.ROOT);
        }
        if (!allowed.contains(code)) {
          errors.add(
              new FieldError(
                  field,
                  "\""
                      + clip(value)
                      + "\" is not one of "
                      + String.join(", ", allowed.stream().sorted().toList())
                      + "."));
          continue;
        }
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  static List<String> skills(List<String> given, List<FieldError> errors) {
    Set<String> skills = new LinkedHashSet<>();
    if (given != null) {
      for (String value : given) {
        String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!Skills.known(code)) {
          errors.add(
              new FieldError(
                  "skills",
                  "\"" + clip(value) + "\" is not one of our skills; put it in tags instead."));
          continue;
        }
        skills.add(code);
      }
    }
    return List.copyOf(skills);
  }

  static List<String> tags(List<String> given, String field, List<FieldError> errors) {
    Set<String> tags = new LinkedHashSet<>();
    if (given != null) {
      for (String value : given) {
        String tag =
            value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (tag.isEmpty()) {
          continue;
        }
        if (!TAG.matcher(tag).matches()) {
          errors.add(
              new FieldError(
                  field,
                  "\""
                      + clip(value)
                      + "\" is not a word we can use: letters, digits, spaces and & / + . - only, up to 60 characters."));
          continue;
        }
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }

  static List<String> languages(List<String> given, List<FieldError> errors) {
    Set<String> codes = new LinkedHashSet<>();
    for (String value : given == null ? List.<String>of() : given) {
      String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
      if (!code.matches("[a-z]{2,3}") || !Languages.known(code)) {
        errors.add(
            new FieldError(
                "languages",
                "\"" + clip(value) + "\" is not a language code we know, such as en or es."));
        continue;
      }
      codes.add(code);
    }
    if (codes.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("languages"))) {
      errors.add(new FieldError("languages", "Give at least one language you speak."));
    }
    return List.copyOf(codes);
  }

  private static String country(String value, List<FieldError> errors) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    if (!text.matches("[A-Za-z]{2}")) {
      errors.add(new FieldError("country", "Give the country as its two-letter code, such as GB."));
      return null;
    }
    return text.toUpperCase(Locale.ROOT);
  }

  private static String zone(String value, List<FieldError> errors) {
    try {
      return ZoneId.of(value.strip()).getId();
    } catch (DateTimeException | NullPointerException e) {
      errors.add(
          new FieldError(
              "timeZone",
              "\""
                  + clip(String.valueOf(value))
                  + "\" is not a time zone we know, such as Europe/London."));
      return "UTC";
    }
  }

  private static LocalTime time(
      String value, String field, LocalTime fallback, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeException e) {
      errors.add(new FieldError(field, "Give a time such as 09:00."));
      return fallback;
    }
  }

  private static LocalDate date(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeException e) {
      errors.add(new FieldError("availableFrom", "Give a date such as 2027-01-15."));
      return null;
    }
  }

  private static Profile.Visibility visibility(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return Profile.Visibility.MEMBERS;
    }
    try {
      return Profile.Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("visibility", "Choose hidden, members or public."));
      return Profile.Visibility.MEMBERS;
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String clip(String value) {
    String text = String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
