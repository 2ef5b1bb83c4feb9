package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.guides.DocumentText;
import coop.seedbed.guides.TextExtractor;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.GoneException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.Tokens;
import coop.seedbed.shared.TooLargeException;
import coop.seedbed.shared.UnsupportedTypeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A team's side of applying: start (past the eligibility questions), save drafts from any device,
 * invite co-applicants, attach files, submit before the deadline, withdraw, and see where the
 * application stands. Nothing changes after the deadline; the window's instants decide, never the
 * server's local clock.
 */
@ApplicationScoped
public class ApplicationService {

  static final int MAX_TEAM = 8;

  /** Fired after a file is stored, so the reader wakes once the upload commits. */
  public record FileStored(long applicationId) {}

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject ApplicationFiles files;
  @Inject ApplicationViews views;
  @Inject AcceleratorMails mails;
  @Inject DecisionService decisions;
  @Inject DocumentText documentText;
  @Inject Event<FileStored> stored;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.documents.max-bytes")
  long maxFileBytes;

  @Transactional
  public ApplicationView start(
      @NotNull Caller caller,
      @NotNull String cohortSlug,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid StartRequest request) {
    caller.requireVerifiedEmail();
    long accountId = caller.requirePerson();
    Cohort c = cohorts.get(cohortSlug);
    requireOpen(c);
    Optional<Application> existing = applications.ofLead(c.id, accountId);
    if (existing.isPresent()) {
      throw new ConflictException(
          "You have already started an application to this cohort.",
          "/accelerator/applications/" + existing.get().id);
    }
    List<Question> questions = cohorts.questions(c.id);
    Map<String, String> given = request.eligibility() == null ? Map.of() : request.eligibility();
    List<FieldError> errors = new ArrayList<>();
    Map<Long, String> eligibility = new HashMap<>();
    for (Question q : questions) {
      if (q.kind != Question.Kind.ELIGIBILITY) {
        continue;
      }
      String answer = Answers.read(q, given.get(q.code()), errors);
      if (answer == null && errors.stream().noneMatch(e -> e.field().equals(q.code()))) {
        errors.add(new FieldError(q.code(), "Answer yes or no: " + q.label));
      }
      eligibility.put(q.id, answer);
    }
    Fields.throwIfAny(errors);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Application a = new Application();
    a.cohortId = c.id;
    a.leadAccountId = accountId;
    a.status = Application.Status.DRAFT;
    a.projectName = request.projectName().strip();
    a.summary = "";
    a.createdAt = now;
    a.updatedAt = now;
    applications.persist(a);
    applications.flush();
    Member lead = new Member();
    lead.applicationId = a.id;
    lead.accountId = accountId;
    lead.email = caller.email();
    lead.name = request.name().strip();
    lead.lead = true;
    lead.status = Member.Status.CONFIRMED;
    lead.feedSecret = Tokens.generate();
    lead.invitedAt = now;
    lead.confirmedAt = now;
    applications.persist(lead);
    eligibility.forEach((question, answer) -> saveAnswer(a.id, question, answer));
    applications.flush();
    return views.forTeam(a, c);
  }

  @Transactional
  public ApplicationView find(@NotNull Caller caller, long id) {
    Application a = readable(caller, id);
    return views.forTeam(a, cohorts.get(a.cohortId));
  }

  /** The caller's applications, newest first. */
  @Transactional
  public List<ApplicationView> mine(@NotNull Caller caller) {
    long accountId = caller.requirePerson();
    return applications.ofPerson(accountId).stream()
        .map(a -> views.forTeam(a, cohorts.get(a.cohortId)))
        .toList();
  }

  /**
   * Saves the application whole, as a draft or over a submitted one while the window is open. A
   * submitted application stays submitted only if it still has everything it needs.
   */
  @Transactional
  public ApplicationView save(
      @NotNull Caller caller,
      long id,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid DraftRequest request) {
    Application a = editable(caller, id);
    Cohort c = cohorts.get(a.cohortId);
    List<Question> questions = cohorts.questions(c.id);
    List<FieldError> errors = new ArrayList<>();
    String project = Fields.blankToNull(request.projectName());
    if (project == null) {
      errors.add(new FieldError("projectName", "Give your project or co-op a name."));
    }
    String website = Fields.blankToNull(request.website());
    if (website != null && Fields.webAddress(website) == null) {
      errors.add(new FieldError("website", "Give a web address starting http:// or https://."));
    }
    String country = Fields.blankToNull(request.country());
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      errors.add(new FieldError("country", "Give the country as its two-letter code, such as GB."));
    }
    List<String> sector = List.of();
    List<String> topics = List.of();
    try {
      sector =
          Fields.tags(request.sector() == null ? null : List.of(request.sector()), "sector", 1);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    try {
      topics = Fields.tags(request.topics(), "topics", 12);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    Map<String, Object> given = request.answers() == null ? Map.of() : request.answers();
    Set<String> known = questions.stream().map(Question::code).collect(Collectors.toSet());
    for (String code : given.keySet()) {
      if (!known.contains(code)) {
        errors.add(
            new FieldError("answers", "This form has no question " + Fields.clip(code) + "."));
      }
    }
    Map<Long, String> answers = new HashMap<>();
    for (Question q : questions) {
      if (q.kind != Question.Kind.FILE) {
        answers.put(q.id, Answers.read(q, given.get(q.code()), errors));
      }
    }
    Fields.throwIfAny(errors);
    a.projectName = project;
    a.website = website;
    a.organisationSlug = Fields.blankToNull(request.organisation());
    a.sector = sector.isEmpty() ? null : sector.get(0);
    a.topics = topics;
    a.country = country == null ? null : country.toUpperCase(Locale.ROOT);
    a.summary = Fields.orEmpty(request.summary());
    a.updatedAt = OffsetDateTime.now(clock);
    answers.forEach((question, answer) -> saveAnswer(a.id, question, answer));
    applications.flush();
    cohorts.touch(c.id);
    if (a.status == Application.Status.SUBMITTED) {
      List<String> missing = missing(a, questions);
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            "", "A submitted application must stay complete; still needed: " + missing.get(0));
      }
    }
    return views.forTeam(a, c);
  }

  /** Submits before the deadline; every confirmed member gets a copy of the answers. */
  @Transactional
  public ApplicationView submit(@NotNull Caller caller, long id) {
    Application a = editable(caller, id);
    Cohort c = cohorts.get(a.cohortId);
    List<Question> questions = cohorts.questions(c.id);
    List<String> missing = missing(a, questions);
    if (!missing.isEmpty()) {
      List<FieldError> errors = new ArrayList<>();
      for (String gap : missing) {
        errors.add(new FieldError("", "Still needed: " + gap));
      }
      throw new InvalidInputException(errors);
    }
    boolean first = a.status == Application.Status.DRAFT;
    a.status = Application.Status.SUBMITTED;
    a.updatedAt = OffsetDateTime.now(clock);
    if (first) {
      a.submittedAt = a.updatedAt;
    }
    mails.submitted(a, c, applications.members(a.id), views.answersAsText(a, questions));
    cohorts.touch(c.id);
    return views.forTeam(a, c);
  }

  /** The lead withdraws; a place the team held goes to the first team waiting. */
  @Transactional
  public ApplicationView withdraw(@NotNull Caller caller, long id) {
    Application a = readable(caller, id);
    requireLead(caller, a);
    // The cohort's row first, as every decision takes it (see DecisionService).
    cohorts.lock(a.cohortId);
    applications.lock(a);
    if (a.status == Application.Status.WITHDRAWN) {
      return views.forTeam(a, cohorts.get(a.cohortId));
    }
    a.status = Application.Status.WITHDRAWN;
    a.withdrawnAt = OffsetDateTime.now(clock);
    a.updatedAt = a.withdrawnAt;
    decisions.released(a, "Withdrawn by the team");
    cohorts.touch(a.cohortId);
    return views.forTeam(a, cohorts.get(a.cohortId));
  }

  @Transactional
  public ApplicationView.MemberView invite(
      @NotNull Caller caller,
      long id,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid InviteMemberRequest request) {
    Application a = editable(caller, id);
    requireLead(caller, a);
    String email = request.email().strip().toLowerCase(Locale.ROOT);
    List<Member> team = applications.members(a.id);
    if (team.stream().anyMatch(m -> m.email.equals(email))) {
      throw new ConflictException("This person is already on the team or invited.");
    }
    if (team.stream().filter(m -> m.status != Member.Status.DECLINED).count() >= MAX_TEAM) {
      throw new InvalidInputException(
          "email", "A team applies with at most " + MAX_TEAM + " people.");
    }
    String token = Tokens.generate();
    Member m = new Member();
    m.applicationId = a.id;
    m.email = email;
    m.name = request.name().strip();
    m.lead = false;
    m.status = Member.Status.INVITED;
    m.tokenHash = Tokens.hash(token);
    m.feedSecret = Tokens.generate();
    m.invitedAt = OffsetDateTime.now(clock);
    applications.persist(m);
    Member lead = team.stream().filter(x -> x.lead).findFirst().orElseThrow();
    mails.invited(a, cohorts.get(a.cohortId), m, lead.name, token);
    applications.flush();
    return ApplicationView.MemberView.from(m);
  }

  @Transactional
  public void removeMember(@NotNull Caller caller, long id, long memberId) {
    Application a = editable(caller, id);
    requireLead(caller, a);
    Member m = applications.member(memberId);
    if (m.applicationId != a.id) {
      throw new NotFoundException("There is no such person on this team.");
    }
    if (m.lead) {
      throw new InvalidInputException("", "The lead cannot leave their own application.");
    }
    applications.remove(m);
  }

  /** What an invitation link leads to, for the page that asks whether to join. */
  @Transactional
  public InvitationView invitation(@NotNull String token) {
    Member m = invited(token);
    Application a = applications.get(m.applicationId);
    Cohort c = cohorts.get(a.cohortId);
    String lead =
        applications.members(a.id).stream()
            .filter(x -> x.lead)
            .map(x -> x.name)
            .findFirst()
            .orElse("The lead");
    return new InvitationView(
        a.projectName,
        c.name,
        c.slug,
        lead,
        m.name,
        m.status.name().toLowerCase(Locale.ROOT),
        a.id);
  }

  /** The invited person, signed in, joins the team or says no. */
  @Transactional
  public InvitationView answerInvitation(
      @NotNull Caller caller, @NotNull String token, boolean join) {
    caller.requireVerifiedEmail();
    long accountId = caller.requirePerson();
    Member m = invited(token);
    if (m.status != Member.Status.INVITED) {
      throw new GoneException("This invitation has already been answered.");
    }
    Application a = applications.get(m.applicationId);
    if (join) {
      boolean already =
          applications.members(a.id).stream()
              .anyMatch(x -> accountId == (x.accountId == null ? -1 : x.accountId));
      if (already) {
        throw new ConflictException(
            "You are already on this team.", "/accelerator/applications/" + a.id);
      }
      m.accountId = accountId;
      m.email = caller.email();
      m.status = Member.Status.CONFIRMED;
      m.confirmedAt = OffsetDateTime.now(clock);
    } else {
      m.status = Member.Status.DECLINED;
    }
    m.tokenHash = null;
    applications.flush();
    return new InvitationView(
        a.projectName,
        cohorts.get(a.cohortId).name,
        cohorts.get(a.cohortId).slug,
        null,
        m.name,
        m.status.name().toLowerCase(Locale.ROOT),
        a.id);
  }

  /**
   * Stores a file for a file question, its type decided from its bytes; its text is read in the
   * background so reviewers can search it.
   */
  @Transactional
  public ApplicationView.FileView upload(
      @NotNull Caller caller, long id, String questionCode, String fileName, byte[] bytes) {
    Application a = editable(caller, id);
    Question q = question(a.cohortId, questionCode);
    if (q.kind != Question.Kind.FILE) {
      throw new InvalidInputException(questionCode, "This question is not answered with a file.");
    }
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException(questionCode, "Choose a file to upload; this one is empty.");
    }
    if (bytes.length > maxFileBytes) {
      throw new TooLargeException(
          String.format(
              Locale.ROOT,
              "The file is larger than %.0f MB, the most Seedbed takes.",
              maxFileBytes / 1_000_000.0));
    }
    String name = fileName(fileName);
    TextExtractor reader = documentText.extractor();
    String type = reader.detect(bytes);
    String refusal = TextExtractor.refusal(type, name);
    if (refusal != null) {
      throw new UnsupportedTypeException(refusal);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    files.store(a.id, q.id, name, type, bytes, now);
    a.updatedAt = now;
    stored.fire(new FileStored(a.id));
    return files.of(a.id).stream()
        .filter(f -> f.questionId() == q.id)
        .map(f -> ApplicationView.FileView.from(q, f))
        .findFirst()
        .orElseThrow();
  }

  /** A file as uploaded, for the team and staff. */
  @Transactional
  public StoredFile file(@NotNull Caller caller, long id, String questionCode) {
    Application a = readable(caller, id);
    Question q = question(a.cohortId, questionCode);
    ApplicationFiles.Stored f =
        files.of(a.id).stream()
            .filter(x -> x.questionId() == q.id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No file has been uploaded for this."));
    return new StoredFile(f.fileName(), f.mediaType(), files.content(a.id, q.id).orElseThrow());
  }

  /** A file to download. */
  public record StoredFile(String fileName, String mediaType, byte[] bytes) {}

  /** Where an invitation stands, for the invited person. */
  public record InvitationView(
      String projectName,
      String cohortName,
      String cohort,
      String lead,
      String name,
      String status,
      long application) {}

  private Member invited(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException("This invitation link is not valid.");
    }
    return applications
        .memberByToken(Tokens.hash(token.strip()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "This invitation link is not valid, or has already been answered."));
  }

  private Question question(long cohortId, String code) {
    return cohorts.questions(cohortId).stream()
        .filter(q -> q.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("This form has no question " + code + "."));
  }

  private List<String> missing(Application a, List<Question> questions) {
    Map<Long, String> answers = new HashMap<>();
    for (Answer answer : applications.answers(a.id)) {
      answers.put(answer.questionId, answer.answer);
    }
    Set<Long> withFile =
        files.of(a.id).stream()
            .map(ApplicationFiles.Stored::questionId)
            .collect(Collectors.toSet());
    return Answers.missing(a, questions, answers, withFile);
  }

  private void saveAnswer(long applicationId, long questionId, String value) {
    Optional<Answer> existing = applications.answer(applicationId, questionId);
    if (value == null) {
      existing.ifPresent(applications::remove);
      return;
    }
    Answer answer =
        existing.orElseGet(
            () -> {
              Answer fresh = new Answer();
              fresh.applicationId = applicationId;
              fresh.questionId = questionId;
              applications.persist(fresh);
              return fresh;
            });
    answer.answer = value;
  }

  /** An application the caller may read: a confirmed member's, or any for staff. */
  Application readable(Caller caller, long id) {
    caller.requireSignedIn();
    Application a;
    try {
      a = applications.get(id);
    } catch (NotFoundException e) {
      throw new NotFoundException("There is no application " + id + " of yours.");
    }
    if (caller.isStaff() || isMember(caller, a)) {
      return a;
    }
    throw new NotFoundException("There is no application " + id + " of yours.");
  }

  /** An application the caller may change: theirs, not withdrawn, its window open. */
  private Application editable(Caller caller, long id) {
    Application a = readable(caller, id);
    if (!isMember(caller, a)) {
      throw new ForbiddenException("Only the team can change its application.");
    }
    if (a.status == Application.Status.WITHDRAWN) {
      throw new ConflictException("This application was withdrawn, so it cannot change.");
    }
    requireOpen(cohorts.get(a.cohortId));
    return a;
  }

  private boolean isMember(Caller caller, Application a) {
    return caller
        .account()
        .map(
            account ->
                applications.members(a.id).stream()
                    .anyMatch(m -> m.isConfirmed() && account.equals(m.accountId)))
        .orElse(false);
  }

  private void requireLead(Caller caller, Application a) {
    if (caller.account().map(id -> id.equals(a.leadAccountId)).orElse(false)) {
      return;
    }
    throw new ForbiddenException("Only the team's lead can do this.");
  }

  private void requireOpen(Cohort c) {
    Instant now = Instant.now(clock);
    if (now.isBefore(c.opensAt.toInstant())) {
      throw new ConflictException(
          "Applications to " + c.name + " open on " + Times.local(c.opensLocal, c.zone()) + ".");
    }
    if (c.isClosed(now)) {
      throw new ConflictException(
          "The deadline for "
              + c.name
              + " ("
              + Times.local(c.closesLocal, c.zone())
              + ") has passed, so applications can no longer be started, changed or submitted.");
    }
  }

  private static String fileName(String name) {
    String clean = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_").strip();
    if (clean.isEmpty()) {
      clean = "file";
    }
    return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
  }
}
