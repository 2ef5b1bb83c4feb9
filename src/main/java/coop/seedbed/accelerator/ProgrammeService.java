package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.guides.GuideLibrary;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Setting up the accelerator, and its calls as anyone reads them: staff create programmes with
 * their rubric, cohorts with their window and questions, extend a window, edit the decision mails
 * and name each cohort's review panel.
 */
@ApplicationScoped
public class ProgrammeService {

  static final String BODY_REQUIRED = "Send the details as JSON.";

  /** The guides a programme's self-paced track walks through when staff name none. */
  static final List<String> DEFAULT_TRACK =
      List.of(
          "what-is-a-coop",
          "first-questions",
          "solidarity-group-first",
          "finding-co-founders",
          "member-agreements",
          "one-member-one-vote",
          "pay-and-pay-ratios",
          "loans-grants-and-revenue-based-finance",
          "first-ninety-days");

  static final List<String> DEFAULT_MILESTONES =
      List.of(
          "Members' agreement signed",
          "Legal form registered",
          "Bank account opened",
          "First paying customer");

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject AccountService accounts;
  @Inject GuideLibrary guides;
  @Inject Clock clock;

  @Transactional
  public ProgrammeView createProgramme(
      @NotNull Caller caller, @NotNull(message = BODY_REQUIRED) @Valid ProgrammeRequest request) {
    caller.requireStaff();
    return addProgramme(request);
  }

  /** A new programme, for staff (checked by the caller) or demo content. */
  @Transactional
  ProgrammeView addProgramme(ProgrammeRequest request) {
    int levels = request.scaleLevels() == null ? 5 : request.scaleLevels();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.rubric().size(); i++) {
      ProgrammeRequest.CriterionRequest c = request.rubric().get(i);
      if (c == null) {
        errors.add(new FieldError("rubric", "A criterion cannot be empty."));
      } else if (c.levels() == null || c.levels().size() != levels) {
        errors.add(
            new FieldError(
                "rubric",
                "Describe each of the "
                    + levels
                    + " levels of \""
                    + Fields.clip(c.name())
                    + "\", lowest first."));
      }
    }
    List<String> track = request.track() == null ? DEFAULT_TRACK : request.track();
    for (String slug : track) {
      if (slug == null || guides.current().find(slug.strip()).isEmpty()) {
        errors.add(
            new FieldError(
                "track",
                "There is no guide at /guides/"
                    + Fields.clip(String.valueOf(slug))
                    + "; the track lists guides by their address."));
      }
    }
    Fields.throwIfAny(errors);
    String slug = slug(request.slug(), request.name());
    if (cohorts.findProgramme(slug).isPresent()) {
      throw new ConflictException(
          "There is already a programme at " + slug + ".", "/api/admin/accelerator/programmes");
    }
    Programme p = new Programme();
    p.slug = slug;
    p.name = request.name().strip();
    p.audience = request.audience().strip();
    p.offer = request.offer().strip();
    p.criteria = request.criteria().strip();
    p.scaleLevels = levels;
    p.milestones =
        request.milestones() == null
            ? DEFAULT_MILESTONES
            : request.milestones().stream().map(String::strip).toList();
    p.track = track.stream().map(String::strip).distinct().toList();
    p.createdAt = OffsetDateTime.now(clock);
    cohorts.persist(p);
    cohorts.flush();
    int position = 0;
    for (ProgrammeRequest.CriterionRequest c : request.rubric()) {
      RubricCriterion criterion = new RubricCriterion();
      criterion.programmeId = p.id;
      criterion.position = position++;
      criterion.name = c.name().strip();
      criterion.description = Fields.orEmpty(c.description());
      criterion.weight = c.weight() == null ? 1 : c.weight();
      criterion.levels = c.levels().stream().map(String::strip).toList();
      cohorts.persist(criterion);
    }
    cohorts.flush();
    return ProgrammeView.from(p, cohorts.rubric(p.id));
  }

  @Transactional
  public List<ProgrammeView> programmes(@NotNull Caller caller) {
    caller.requireStaff();
    return cohorts.programmes().stream()
        .map(p -> ProgrammeView.from(p, cohorts.rubric(p.id)))
        .toList();
  }

  @Transactional
  public CohortAdminView createCohort(
      @NotNull Caller caller, @NotNull(message = BODY_REQUIRED) @Valid CohortRequest request) {
    caller.requireStaff();
    return addCohort(request);
  }

  /** A new cohort, for staff (checked by the caller) or demo content. */
  @Transactional
  CohortAdminView addCohort(CohortRequest request) {
    Programme programme =
        cohorts
            .findProgramme(request.programme().strip())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "programme",
                        "There is no programme called \""
                            + Fields.clip(request.programme().strip())
                            + "\"."));
    Cohort c = new Cohort();
    c.programmeId = programme.id;
    c.slug = slug(request.slug(), request.name());
    if (cohorts.find(c.slug).isPresent()) {
      throw new ConflictException(
          "There is already a cohort at /accelerator/" + c.slug + ".", "/accelerator/" + c.slug);
    }
    c.name = request.name().strip();
    c.capacity = request.capacity();
    c.reviewsPerApplication =
        request.reviewsPerApplication() == null ? 3 : request.reviewsPerApplication();
    c.minLoad = request.minLoad() == null ? 0 : request.minLoad();
    c.maxLoad = request.maxLoad() == null ? 1000 : request.maxLoad();
    c.reviewDays = request.reviewDays() == null ? 14 : request.reviewDays();
    c.respondDays = request.respondDays() == null ? 7 : request.respondDays();
    c.blind = request.blind() == null || request.blind();
    c.faq = Fields.orEmpty(request.faq());
    c.createdAt = OffsetDateTime.now(clock);
    List<FieldError> errors = new ArrayList<>();
    if (c.minLoad > c.maxLoad) {
      errors.add(new FieldError("minLoad", "The least a reviewer takes exceeds the most."));
    }
    c.startsOn = Fields.date(request.startsOn(), "startsOn", errors);
    c.endsOn = Fields.date(request.endsOn(), "endsOn", errors);
    if (c.startsOn != null && c.endsOn != null && c.endsOn.isBefore(c.startsOn)) {
      errors.add(new FieldError("endsOn", "The cohort must end on or after its first day."));
    }
    setWindow(c, request.timeZone(), request.opens(), request.closes(), errors);
    setInterviews(c, request.interviewHours(), request.interviewMinutes(), request, errors);
    List<Question> questions = questions(request.questions(), errors);
    Fields.throwIfAny(errors);
    cohorts.persist(c);
    cohorts.flush();
    for (Question q : questions) {
      q.cohortId = c.id;
      cohorts.persist(q);
    }
    cohorts.flush();
    return adminView(c);
  }

  /**
   * Moves the window: usually the deadline, later ("staff may extend a window"). Applications
   * already submitted stay submitted.
   */
  @Transactional
  public CohortAdminView changeWindow(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = BODY_REQUIRED) @Valid WindowRequest request) {
    caller.requireStaff();
    return moveWindow(slug, request);
  }

  /** A changed application window, for staff (checked by the caller) or demo content. */
  @Transactional
  CohortAdminView moveWindow(String slug, WindowRequest request) {
    Cohort c = cohorts.lock(cohorts.get(slug).id);
    List<FieldError> errors = new ArrayList<>();
    setWindow(
        c,
        request.timeZone() == null ? c.timeZone : request.timeZone(),
        request.opens() == null ? c.opensLocal.toString() : request.opens(),
        request.closes(),
        errors);
    Fields.throwIfAny(errors);
    return adminView(c);
  }

  /** The form's questions, replaced whole, as long as no application has been submitted. */
  @Transactional
  public CohortAdminView replaceQuestions(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = BODY_REQUIRED) List<@Valid QuestionRequest> request) {
    caller.requireStaff();
    Cohort c = cohorts.lock(cohorts.get(slug).id);
    if (!applications.submitted(c.id).isEmpty()) {
      throw new ConflictException(
          "Teams have already submitted answers to these questions, so they can no longer change.");
    }
    if (request.size() > 40) {
      throw new InvalidInputException("questions", "Ask at most 40 questions.");
    }
    List<FieldError> errors = new ArrayList<>();
    List<Question> questions = questions(request, errors);
    Fields.throwIfAny(errors);
    for (Question old : cohorts.questions(c.id)) {
      cohorts.remove(old);
    }
    cohorts.flush();
    for (Question q : questions) {
      q.cohortId = c.id;
      cohorts.persist(q);
    }
    cohorts.flush();
    return adminView(c);
  }

  /** The words of the decision mails; an empty one goes back to Seedbed's own. */
  @Transactional
  public CohortAdminView changeMailTemplates(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = BODY_REQUIRED) @Valid MailTemplatesRequest request) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    List<FieldError> errors = new ArrayList<>();
    c.acceptMail = DecisionMails.checked(request.accept(), "accept", errors);
    c.waitlistMail = DecisionMails.checked(request.waitlist(), "waitlist", errors);
    c.declineMail = DecisionMails.checked(request.decline(), "decline", errors);
    Fields.throwIfAny(errors);
    return adminView(c);
  }

  /**
   * Puts a reviewer on the cohort's panel, or changes their expertise. They must hold the reviewer
   * role, given by staff as for volunteers.
   */
  @Transactional
  public ReviewerView setReviewer(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull String email,
      @Valid ExpertiseRequest request) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    AccountView account =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new NotFoundException("There is no account with that email."));
    if (!account.roles().contains("reviewer")) {
      throw new InvalidInputException(
          "email",
          "Give this person the reviewer role first"
              + " (PUT /api/admin/accounts/{email}/roles/reviewer).");
    }
    CohortReviewer reviewer =
        cohorts
            .reviewer(c.id, account.id())
            .orElseGet(
                () -> {
                  CohortReviewer fresh = new CohortReviewer();
                  fresh.cohortId = c.id;
                  fresh.accountId = account.id();
                  fresh.addedAt = OffsetDateTime.now(clock);
                  cohorts.persist(fresh);
                  return fresh;
                });
    if (request != null) {
      reviewer.sectors = Fields.tags(request.sectors(), "sectors", 12);
      reviewer.topics = Fields.tags(request.topics(), "topics", 24);
    }
    cohorts.flush();
    return ReviewerView.from(reviewer, account);
  }

  /** The signed-in reviewer says what they know about, for one of their panels. */
  @Transactional
  public ReviewerView changeOwnExpertise(
      @NotNull Caller caller,
      @NotNull String slug,
      @NotNull(message = BODY_REQUIRED) @Valid ExpertiseRequest request) {
    long accountId = caller.requireSignedIn().requirePerson();
    Cohort c = cohorts.get(slug);
    CohortReviewer reviewer =
        cohorts
            .reviewer(c.id, accountId)
            .orElseThrow(
                () -> new NotFoundException("You are not on the review panel of this cohort."));
    reviewer.sectors = Fields.tags(request.sectors(), "sectors", 12);
    reviewer.topics = Fields.tags(request.topics(), "topics", 24);
    return ReviewerView.from(reviewer, accounts.describe(List.of(accountId)).get(accountId));
  }

  @Transactional
  public void removeReviewer(@NotNull Caller caller, @NotNull String slug, @NotNull String email) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    AccountView account =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new NotFoundException("There is no account with that email."));
    cohorts.reviewer(c.id, account.id()).ifPresent(cohorts::remove);
  }

  @Transactional
  public List<ReviewerView> reviewers(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    List<CohortReviewer> panel = cohorts.reviewers(c.id);
    Map<Long, AccountView> people =
        accounts.describe(panel.stream().map(r -> r.accountId).toList());
    return panel.stream().map(r -> ReviewerView.from(r, people.get(r.accountId))).toList();
  }

  /** Calls whose window is open or still to come, soonest deadline first. */
  @Transactional
  public List<CallSummary> calls() {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock);
    Map<Long, Programme> programmes =
        cohorts.programmes().stream().collect(Collectors.toMap(p -> p.id, p -> p));
    return cohorts.openOrUpcoming(now.atOffset(ZoneOffset.UTC)).stream()
        .map(c -> CallSummary.from(c, programmes.get(c.programmeId), now, today))
        .toList();
  }

  @Transactional
  public CallView call(@NotNull String slug) {
    Cohort c = cohorts.get(slug);
    Programme p = cohorts.programme(c.programmeId);
    return CallView.from(
        c,
        p,
        cohorts.questions(c.id),
        cohorts.rubric(p.id),
        Instant.now(clock),
        LocalDate.now(clock));
  }

  @Transactional
  public CohortAdminView describeForStaff(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    return adminView(cohorts.get(slug));
  }

  @Transactional
  public List<CohortAdminView> cohortsForStaff(@NotNull Caller caller) {
    caller.requireStaff();
    return cohorts.all().stream().map(this::adminView).toList();
  }

  CohortAdminView adminView(Cohort c) {
    Programme p = cohorts.programme(c.programmeId);
    return CohortAdminView.from(
        c,
        p,
        cohorts.placesTaken(c.id),
        cohorts.questions(c.id),
        Instant.now(clock),
        LocalDate.now(clock));
  }

  private void setWindow(
      Cohort c, String zoneId, String opens, String closes, List<FieldError> errors) {
    ZoneId zone;
    try {
      zone = Fields.zone(zoneId, "timeZone");
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return;
    }
    LocalDateTime opensLocal = Fields.localTime(opens, "opens", errors);
    LocalDateTime closesLocal = Fields.localTime(closes, "closes", errors);
    if (opensLocal == null || closesLocal == null) {
      return;
    }
    Instant opensAt = Deadlines.opening(opensLocal, zone);
    Instant closesAt = Deadlines.closing(closesLocal, zone);
    if (!closesAt.isAfter(opensAt)) {
      errors.add(new FieldError("closes", "Applications must close after they open."));
      return;
    }
    c.timeZone = zone.getId();
    c.opensLocal = opensLocal;
    c.closesLocal = closesLocal;
    c.opensAt = opensAt.atOffset(ZoneOffset.UTC);
    c.closesAt = closesAt.atOffset(ZoneOffset.UTC);
  }

  private static void setInterviews(
      Cohort c, String hours, Integer minutes, CohortRequest request, List<FieldError> errors) {
    String text = Fields.blankToNull(hours);
    if (text == null) {
      return;
    }
    int length = minutes == null ? 30 : minutes;
    try {
      InterviewHours.parse(text, Fields.zone(request.timeZone(), "timeZone"), length);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return;
    }
    String url = Fields.blankToNull(request.interviewCallUrl());
    if (url != null && Fields.webAddress(url) == null) {
      errors.add(new FieldError("interviewCallUrl", "Give the call's address, starting https://."));
    }
    c.interviewHours = text;
    c.interviewMinutes = length;
    c.interviewCallUrl = url;
  }

  private static List<Question> questions(List<QuestionRequest> requests, List<FieldError> errors) {
    List<Question> questions = new ArrayList<>();
    if (requests == null) {
      return questions;
    }
    int position = 0;
    for (QuestionRequest r : requests) {
      if (r == null) {
        errors.add(new FieldError("questions", "A question cannot be empty."));
        continue;
      }
      Question q = new Question();
      q.position = position++;
      q.label = r.label().strip();
      q.help = Fields.blankToNull(r.help());
      q.required = r.required() == null || r.required();
      q.identifying = r.identifying() != null && r.identifying();
      String label = "\"" + Fields.clip(q.label) + "\"";
      try {
        q.kind = Question.Kind.valueOf(r.kind().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                "questions",
                "\""
                    + Fields.clip(r.kind())
                    + "\" is not a kind of question: choose short-text, long-text, single-choice,"
                    + " multiple-choice, number, url, file or eligibility."));
        continue;
      }
      switch (q.kind) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
          List<String> options =
              r.options() == null ? List.of() : r.options().stream().map(String::strip).toList();
          if (options.size() < 2) {
            errors.add(
                new FieldError("questions", "Offer at least two choices for " + label + "."));
          } else if (options.stream().distinct().count() < options.size()) {
            errors.add(new FieldError("questions", "Two choices of " + label + " are the same."));
          }
          q.options = options;
        }
        case LONG_TEXT -> q.wordLimit = r.wordLimit() == null ? 500 : r.wordLimit();
        case NUMBER -> {
          q.minNumber = r.min();
          q.maxNumber = r.max();
          if (r.min() != null && r.max() != null && r.min() > r.max()) {
            errors.add(
                new FieldError(
                    "questions", "The smallest number of " + label + " exceeds the largest."));
          }
        }
        case ELIGIBILITY -> {
          String stop = Fields.blankToNull(r.stopAnswer());
          if (stop == null || !(stop.equalsIgnoreCase("yes") || stop.equalsIgnoreCase("no"))) {
            errors.add(
                new FieldError(
                    "questions",
                    "Say which answer, yes or no, makes a team ineligible for " + label + "."));
          } else if (Fields.blankToNull(r.stopReason()) == null) {
            errors.add(
                new FieldError(
                    "questions", "Say why that answer to " + label + " ends an application."));
          } else {
            q.stopAnswer = stop.toLowerCase(Locale.ROOT);
            q.stopReason = r.stopReason().strip();
            q.required = true;
          }
        }
        default -> {}
      }
      questions.add(q);
    }
    return questions;
  }

  private static String slug(String requested, String name) {
    String wanted = Fields.blankToNull(requested);
    String slug = Slugs.of(wanted == null ? name : wanted, 80, "cohort");
    if (wanted != null && !slug.equals(wanted)) {
      throw new InvalidInputException(
          "slug", "An address is lower-case letters, digits and hyphens, such as spring-2027.");
    }
    return slug;
  }
}
