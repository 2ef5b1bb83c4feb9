package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.accounts.Role;
import coop.seedbed.directory.FindListings;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A reviewer's side: their assignments (searchable), an application to read and score, others'
 * scores only once their own is in, and conflicts they declare. A reviewer with a conflict, found
 * or declared, cannot open the application at all; in a blind cohort nothing they are shown names
 * the team.
 */
@ApplicationScoped
public class ReviewService {

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject ApplicationFiles files;
  @Inject Reviews reviews;
  @Inject ConflictFinder conflicts;
  @Inject FindListings directory;
  @Inject Clock clock;

  /**
   * The caller's assignments, those still to do first; with words, only applications that use them.
   */
  @Transactional
  public List<AssignmentView> assignments(@NotNull Caller caller, String words) {
    long accountId = reviewer(caller);
    ReviewSearch search = ReviewSearch.of(words);
    Instant now = Instant.now(clock);
    List<AssignmentView> list = new ArrayList<>();
    Map<Long, Cohort> cohortsById = new HashMap<>();
    for (Review r : reviews.ofReviewer(accountId)) {
      Cohort c = cohortsById.computeIfAbsent(r.cohortId, cohorts::get);
      Application a = applications.get(r.applicationId);
      if (search != null && !search.matches(searchableText(a, c))) {
        continue;
      }
      list.add(
          new AssignmentView(
              r.id,
              a.reference(),
              c.blind ? a.reference() : a.projectName,
              c.slug,
              c.name,
              a.sector,
              a.topics,
              r.status.name().toLowerCase(Locale.ROOT),
              r.dueAt.toInstant(),
              !r.isSubmitted() && r.dueAt.toInstant().isBefore(now)));
    }
    list.sort(
        Comparator.comparing((AssignmentView v) -> v.status().equals("submitted"))
            .thenComparing(AssignmentView::dueAt));
    return list;
  }

  @Transactional
  public ReviewView open(@NotNull Caller caller, long reviewId) {
    long accountId = reviewer(caller);
    Review r = own(accountId, reviewId);
    Application a = applications.get(r.applicationId);
    requireNoConflict(accountId, caller.email(), a);
    return view(r, a, cohorts.get(r.cohortId));
  }

  @Transactional
  public ReviewView save(
      @NotNull Caller caller,
      long reviewId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid ReviewRequest request) {
    long accountId = reviewer(caller);
    Review r = reviews.lock(own(accountId, reviewId));
    Application a = applications.get(r.applicationId);
    requireNoConflict(accountId, caller.email(), a);
    if (r.isSubmitted()) {
      throw new ConflictException(
          "This review is already in; it no longer changes, so every score the panel read stays"
              + " as it was.");
    }
    Cohort c = cohorts.get(r.cohortId);
    Programme p = cohorts.programme(c.programmeId);
    List<RubricCriterion> rubric = cohorts.rubric(p.id);
    Map<Long, RubricCriterion> byId = rubric.stream().collect(Collectors.toMap(x -> x.id, x -> x));
    List<FieldError> errors = new ArrayList<>();
    Map<Long, ReviewRequest.ScoreRequest> given = new HashMap<>();
    if (request.scores() != null) {
      for (ReviewRequest.ScoreRequest s : request.scores()) {
        if (s == null || s.criterion() == null || !byId.containsKey(s.criterion())) {
          errors.add(new FieldError("scores", "Score the criteria of this rubric only."));
          continue;
        }
        String field = "score-" + s.criterion();
        if (s.score() != null && (s.score() < 1 || s.score() > p.scaleLevels)) {
          errors.add(new FieldError(field, "Score from 1 to " + p.scaleLevels + "."));
        }
        if (s.confidence() != null && (s.confidence() < 1 || s.confidence() > 3)) {
          errors.add(
              new FieldError("confidence-" + s.criterion(), "Say how sure you are: 1, 2 or 3."));
        }
        if (given.put(s.criterion(), s) != null) {
          errors.add(new FieldError(field, "Score each criterion once."));
        }
      }
    }
    boolean submit = request.submit() != null && request.submit();
    if (submit) {
      for (RubricCriterion criterion : rubric) {
        ReviewRequest.ScoreRequest s = given.get(criterion.id);
        if (s == null || s.score() == null) {
          errors.add(
              new FieldError(
                  "score-" + criterion.id, "Score \"" + criterion.name + "\" to submit."));
        } else if (s.confidence() == null) {
          errors.add(
              new FieldError(
                  "confidence-" + criterion.id,
                  "Say how sure you are of \"" + criterion.name + "\" to submit."));
        }
      }
    }
    Fields.throwIfAny(errors);
    reviews.deleteScores(r.id);
    reviews.flush();
    for (ReviewRequest.ScoreRequest s : given.values()) {
      if (s.score() == null) {
        continue;
      }
      ReviewScore score = new ReviewScore();
      score.reviewId = r.id;
      score.criterionId = s.criterion();
      score.score = s.score();
      score.confidence = s.confidence() == null ? 2 : s.confidence();
      score.comment = Fields.blankToNull(s.comment());
      reviews.persist(score);
    }
    r.comment = Fields.blankToNull(request.comment());
    if (submit) {
      r.status = Review.Status.SUBMITTED;
      r.submittedAt = OffsetDateTime.now(clock);
      cohorts.touch(c.id);
    }
    reviews.flush();
    return view(r, a, c);
  }

  /**
   * A reviewer on the cohort's panel declares a conflict with an application: the reason is kept,
   * and their assignment to it, if any, goes, to be given to someone else.
   */
  @Transactional
  public void declareConflict(
      @NotNull Caller caller,
      long applicationId,
      @NotNull(message = ProgrammeService.BODY_REQUIRED) @Valid ConflictRequest request) {
    long accountId = reviewer(caller);
    Application a;
    try {
      a = applications.get(applicationId);
    } catch (NotFoundException e) {
      throw new NotFoundException("There is no application " + applicationId + " to review.");
    }
    if (cohorts.reviewer(a.cohortId, accountId).isEmpty()) {
      throw new NotFoundException("There is no application " + applicationId + " to review.");
    }
    if (reviews.declared(a.id).stream()
        .anyMatch(d -> Long.valueOf(accountId).equals(d.reviewerAccountId))) {
      throw new ConflictException("You have already declared a conflict with this application.");
    }
    DeclaredConflict conflict = new DeclaredConflict();
    conflict.applicationId = a.id;
    conflict.reviewerAccountId = accountId;
    conflict.reason = request.reason().strip();
    conflict.declaredAt = OffsetDateTime.now(clock);
    reviews.persist(conflict);
    reviews
        .find(a.id, accountId)
        .ifPresent(
            r -> {
              reviews.deleteScores(r.id);
              reviews.remove(r);
            });
    cohorts.touch(a.cohortId);
  }

  /** The original of a file answer, for reviewers of cohorts that are not blind. */
  @Transactional
  public ApplicationService.StoredFile file(@NotNull Caller caller, long reviewId, String code) {
    long accountId = reviewer(caller);
    Review r = own(accountId, reviewId);
    Cohort c = cohorts.get(r.cohortId);
    if (c.blind) {
      throw new ForbiddenException(
          "Review in this cohort is blind: read the file's text on the review page; the original"
              + " may name the team.");
    }
    Application a = applications.get(r.applicationId);
    requireNoConflict(accountId, caller.email(), a);
    Question q =
        cohorts.questions(c.id).stream()
            .filter(x -> x.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("This form has no question " + code + "."));
    ApplicationFiles.Stored f =
        files.of(a.id).stream()
            .filter(x -> x.questionId() == q.id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No file was uploaded for this."));
    return new ApplicationService.StoredFile(
        f.fileName(), f.mediaType(), files.content(a.id, q.id).orElseThrow());
  }

  private ReviewView view(Review r, Application a, Cohort c) {
    Programme p = cohorts.programme(c.programmeId);
    List<RubricCriterion> rubric = cohorts.rubric(p.id);
    List<Ranking.Criterion> weights =
        rubric.stream().map(x -> new Ranking.Criterion(x.id, x.weight)).toList();
    Redactor redactor = redactor(a, c);
    ReviewView.Scored mine = scored(r, "you", weights);
    List<ReviewView.Scored> others = null;
    if (r.isSubmitted()) {
      others = new ArrayList<>();
      int n = 0;
      for (Review other : reviews.ofApplication(a.id)) {
        if (!other.id.equals(r.id) && other.isSubmitted()) {
          others.add(scored(other, "Another reviewer (" + (char) ('A' + n++) + ")", weights));
        }
      }
    }
    Instant now = Instant.now(clock);
    return new ReviewView(
        r.id,
        a.reference(),
        c.slug,
        c.name,
        r.status.name().toLowerCase(Locale.ROOT),
        r.dueAt.toInstant(),
        !r.isSubmitted() && r.dueAt.toInstant().isBefore(now),
        c.blind,
        p.scaleLevels,
        subject(a, c, redactor),
        rubric.stream().map(ProgrammeView.CriterionView::from).toList(),
        mine,
        others);
  }

  private ReviewView.Scored scored(Review r, String who, List<Ranking.Criterion> weights) {
    List<ReviewScore> scores = reviews.scores(r.id);
    Map<Long, Integer> values = new HashMap<>();
    scores.forEach(s -> values.put(s.criterionId, s.score));
    double weighted = Ranking.weighted(weights, values);
    return new ReviewView.Scored(
        who,
        r.isSubmitted(),
        Double.isNaN(weighted) ? null : weighted,
        r.comment,
        scores.stream()
            .map(s -> new ReviewView.ScoreView(s.criterionId, s.score, s.confidence, s.comment))
            .toList());
  }

  private ReviewView.Subject subject(Application a, Cohort c, Redactor redactor) {
    List<Question> questions = cohorts.questions(c.id);
    Map<Long, String> answers = new HashMap<>();
    for (Answer answer : applications.answers(a.id)) {
      answers.put(answer.questionId, answer.answer);
    }
    Map<Long, ApplicationFiles.Stored> stored =
        files.of(a.id).stream()
            .collect(Collectors.toMap(ApplicationFiles.Stored::questionId, f -> f));
    List<ReviewView.AnswerText> answerTexts = new ArrayList<>();
    List<ReviewView.FileText> fileTexts = new ArrayList<>();
    int attachment = 0;
    for (Question q : questions) {
      if (c.blind && q.identifying) {
        continue;
      }
      if (q.kind == Question.Kind.FILE) {
        ApplicationFiles.Stored f = stored.get(q.id);
        if (f == null) {
          continue;
        }
        attachment++;
        String text = files.text(a.id, q.id).map(redactor::apply).orElse(null);
        fileTexts.add(
            new ReviewView.FileText(
                q.code(),
                q.label,
                c.blind ? "Attachment " + attachment + extension(f.fileName()) : f.fileName(),
                f.status().toLowerCase(Locale.ROOT),
                text,
                !c.blind));
      } else if (q.kind != Question.Kind.ELIGIBILITY) {
        answerTexts.add(
            new ReviewView.AnswerText(
                q.code(),
                q.label,
                QuestionView.kindName(q.kind),
                redactor.apply(answers.get(q.id))));
      }
    }
    List<String> team =
        c.blind
            ? null
            : applications.members(a.id).stream()
                .filter(Member::isConfirmed)
                .map(m -> m.name)
                .toList();
    return new ReviewView.Subject(
        a.reference(),
        c.blind ? null : a.projectName,
        c.blind ? null : a.website,
        team,
        a.sector,
        a.topics,
        a.country,
        redactor.apply(a.summary),
        answerTexts,
        fileTexts);
  }

  /** For a blind cohort, what must not reach a reviewer; for others, nothing is hidden. */
  Redactor redactor(Application a, Cohort c) {
    if (!c.blind) {
      return Redactor.NONE;
    }
    List<Member> team = applications.members(a.id);
    List<String> organisations = new ArrayList<>();
    organisations.add(a.projectName);
    if (a.organisationSlug != null) {
      organisations.add(a.organisationSlug.replace('-', ' '));
      try {
        organisations.add(directory.find(Caller.ANONYMOUS, a.organisationSlug).name());
      } catch (NotFoundException e) {
        // A listing not (or no longer) published names nobody a reviewer could look up.
      }
    }
    return Redactor.of(
        team.stream().map(m -> m.name).toList(),
        team.stream().map(m -> m.email).toList(),
        organisations,
        a.website,
        a.redactions);
  }

  /** What a reviewer's search looks through: what they may read of the application. */
  private String searchableText(Application a, Cohort c) {
    ReviewView.Subject s = subject(a, c, redactor(a, c));
    StringBuilder text = new StringBuilder();
    text.append(s.summary()).append('\n');
    if (s.projectName() != null) {
      text.append(s.projectName()).append('\n');
    }
    text.append(String.join(" ", s.topics())).append('\n');
    if (s.sector() != null) {
      text.append(s.sector()).append('\n');
    }
    s.answers().forEach(x -> text.append(x.answer() == null ? "" : x.answer()).append('\n'));
    s.files().forEach(x -> text.append(x.text() == null ? "" : x.text()).append('\n'));
    return text.toString();
  }

  private void requireNoConflict(long accountId, String email, Application a) {
    Optional<String> reason = conflicts.conflict(accountId, email, a);
    if (reason.isPresent()) {
      throw new ForbiddenException(
          "You have a conflict of interest with this application ("
              + reason.get()
              + "), so it is not yours to read. Staff have been shown the same reason.");
    }
  }

  private Review own(long accountId, long reviewId) {
    Review r;
    try {
      r = reviews.get(reviewId);
    } catch (NotFoundException e) {
      throw new NotFoundException("There is no review " + reviewId + " of yours.");
    }
    if (r.reviewerAccountId == null || r.reviewerAccountId != accountId) {
      throw new NotFoundException("There is no review " + reviewId + " of yours.");
    }
    return r;
  }

  private static long reviewer(Caller caller) {
    caller.requireRole(Role.REVIEWER);
    return caller.requirePerson();
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || fileName.length() - dot > 6
        ? ""
        : fileName.substring(dot).toLowerCase(Locale.ROOT);
  }
}
