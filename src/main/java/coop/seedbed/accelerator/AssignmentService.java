package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who reviews what: the optimal assignment of a cohort's submitted applications to its panel
 * ({@link ReviewerAssignment}), re-run keeping what staff fixed and every review already in, single
 * assignments fixed or taken away by hand, and reminders of reviews past their time. Runs under the
 * cohort's row lock, so two runs never interleave.
 */
@ApplicationScoped
public class AssignmentService {

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject Reviews reviews;
  @Inject ConflictFinder conflicts;
  @Inject AccountService accounts;
  @Inject AcceleratorMails mails;
  @Inject Clock clock;

  @Transactional
  public AssignmentReport assign(
      @NotNull Caller caller, @NotNull String slug, AssignRequest request) {
    caller.requireStaff();
    Cohort c = cohorts.lock(cohorts.get(slug).id);
    OffsetDateTime due = dueAt(c, request == null ? null : request.dueAt());
    List<Application> apps = applications.submitted(c.id);
    List<CohortReviewer> panel = cohorts.reviewers(c.id);
    Map<Long, AccountView> people =
        accounts.describe(panel.stream().map(r -> r.accountId).toList());
    Map<Long, Integer> appIndex = new HashMap<>();
    for (int i = 0; i < apps.size(); i++) {
      appIndex.put(apps.get(i).id, i);
    }
    Map<Long, Integer> reviewerIndex = new HashMap<>();
    for (int j = 0; j < panel.size(); j++) {
      reviewerIndex.put(panel.get(j).accountId, j);
    }
    int[][] fit = new int[apps.size()][panel.size()];
    boolean[][] conflict = new boolean[apps.size()][panel.size()];
    boolean[][] pinned = new boolean[apps.size()][panel.size()];
    Map<Long, List<Member>> members = applications.members(appIndex.keySet());
    List<Conflicts.Team> teams = new ArrayList<>();
    for (Application a : apps) {
      teams.add(conflicts.team(a, members.getOrDefault(a.id, List.of())));
    }
    for (int j = 0; j < panel.size(); j++) {
      CohortReviewer r = panel.get(j);
      Conflicts.ReviewerTies ties = conflicts.ties(r.accountId, people.get(r.accountId).email());
      for (int i = 0; i < apps.size(); i++) {
        fit[i][j] = Fit.of(r.sectors, r.topics, apps.get(i));
        conflict[i][j] = Conflicts.reason(ties, teams.get(i)).isPresent();
      }
    }
    Map<String, Review> existing = new HashMap<>();
    for (Review review : reviews.ofCohort(c.id)) {
      Integer i = appIndex.get(review.applicationId);
      Integer j =
          review.reviewerAccountId == null ? null : reviewerIndex.get(review.reviewerAccountId);
      if (i != null && j != null) {
        existing.put(i + ":" + j, review);
        if (review.pinned || review.isSubmitted()) {
          pinned[i][j] = true;
        }
      }
    }
    ReviewerAssignment.Problem problem =
        new ReviewerAssignment.Problem(
            panel.size(), c.reviewsPerApplication, c.minLoad, c.maxLoad, fit, conflict, pinned);
    ReviewerAssignment.Labels labels =
        new ReviewerAssignment.Labels(
            i -> apps.get(i).reference() + " (" + apps.get(i).projectName + ")",
            j -> people.get(panel.get(j).accountId).email());
    ReviewerAssignment.Solution best = ReviewerAssignment.optimal(problem, labels);
    ReviewerAssignment.Solution greedy = ReviewerAssignment.greedy(problem);
    Map<Long, List<String>> added = new TreeMap<>();
    int kept = 0;
    int removed = 0;
    boolean[][] chosen = new boolean[apps.size()][panel.size()];
    for (int i = 0; i < apps.size(); i++) {
      for (int j : best.reviewersOf()[i]) {
        chosen[i][j] = true;
      }
    }
    for (Map.Entry<String, Review> entry : existing.entrySet()) {
      String[] key = entry.getKey().split(":");
      Review review = entry.getValue();
      if (chosen[Integer.parseInt(key[0])][Integer.parseInt(key[1])]) {
        kept++;
      } else {
        reviews.deleteScores(review.id);
        reviews.remove(review);
        removed++;
      }
    }
    reviews.flush();
    for (int i = 0; i < apps.size(); i++) {
      for (int j : best.reviewersOf()[i]) {
        if (existing.containsKey(i + ":" + j)) {
          continue;
        }
        long reviewer = panel.get(j).accountId;
        reviews.persist(newReview(c, apps.get(i), reviewer, fit[i][j], false, due));
        added.computeIfAbsent(reviewer, id -> new ArrayList<>()).add(label(apps.get(i), c));
      }
    }
    reviews.flush();
    added.forEach(
        (reviewer, refs) -> mails.assigned(people.get(reviewer).email(), c, refs, due.toInstant()));
    cohorts.touch(c.id);
    List<AssignmentReport.Load> loads = new ArrayList<>();
    for (int j = 0; j < panel.size(); j++) {
      loads.add(
          new AssignmentReport.Load(people.get(panel.get(j).accountId).email(), best.loads()[j]));
    }
    return new AssignmentReport(
        apps.size(),
        panel.size(),
        c.reviewsPerApplication,
        added.values().stream().mapToInt(List::size).sum(),
        kept,
        removed,
        best.totalFit(),
        best.worstFit(),
        greedy.totalFit(),
        greedy.worstFit(),
        greedy.unfilled(),
        loads);
  }

  /** Staff give an application to a particular reviewer; a re-run keeps it. */
  @Transactional
  public ReviewerView fix(@NotNull Caller caller, long applicationId, @NotNull String email) {
    caller.requireStaff();
    Application a = applications.get(applicationId);
    Cohort c = cohorts.lock(a.cohortId);
    if (a.status != Application.Status.SUBMITTED) {
      throw new ConflictException("Only a submitted application is reviewed.");
    }
    AccountView reviewer = panelMember(c, email);
    Optional<String> reason = conflicts.conflict(reviewer.id(), reviewer.email(), a);
    if (reason.isPresent()) {
      throw new ConflictException(
          reviewer.email() + " cannot review " + a.reference() + ": " + reason.get() + ".");
    }
    CohortReviewer member = cohorts.reviewer(c.id, reviewer.id()).orElseThrow();
    Optional<Review> existing = reviews.find(a.id, reviewer.id());
    if (existing.isPresent()) {
      existing.get().pinned = true;
    } else {
      OffsetDateTime due = dueAt(c, null);
      reviews.persist(
          newReview(c, a, reviewer.id(), Fit.of(member.sectors, member.topics, a), true, due));
      mails.assigned(reviewer.email(), c, List.of(label(a, c)), due.toInstant());
    }
    cohorts.touch(c.id);
    return ReviewerView.from(member, reviewer);
  }

  /** Takes an application away from a reviewer who has not yet reviewed it. */
  @Transactional
  public void unassign(@NotNull Caller caller, long applicationId, @NotNull String email) {
    caller.requireStaff();
    Application a = applications.get(applicationId);
    Cohort c = cohorts.lock(a.cohortId);
    AccountView reviewer =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new NotFoundException("There is no account with that email."));
    Review review =
        reviews
            .find(a.id, reviewer.id())
            .orElseThrow(() -> new NotFoundException("This reviewer does not have it."));
    if (review.isSubmitted()) {
      throw new ConflictException("This review is already in, so it stays.");
    }
    reviews.deleteScores(review.id);
    reviews.remove(review);
    cohorts.touch(c.id);
  }

  @Transactional
  public List<Long> lateReviews() {
    return reviews.late(OffsetDateTime.now(clock));
  }

  /** Reminds a reviewer of a late review once, whichever instance gets there first. */
  @Transactional
  public void remind(long reviewId) {
    if (!reviews.takeReminder(reviewId, OffsetDateTime.now(clock))) {
      return;
    }
    Review r = reviews.get(reviewId);
    Cohort c = cohorts.get(r.cohortId);
    AccountView reviewer = accounts.describe(List.of(r.reviewerAccountId)).get(r.reviewerAccountId);
    if (reviewer != null) {
      mails.reviewLate(reviewer.email(), c, r, label(applications.get(r.applicationId), c));
    }
  }

  private AccountView panelMember(Cohort c, String email) {
    AccountView account =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new NotFoundException("There is no account with that email."));
    if (cohorts.reviewer(c.id, account.id()).isEmpty()) {
      throw new InvalidInputException("email", "Put this reviewer on the cohort's panel first.");
    }
    return account;
  }

  private Review newReview(
      Cohort c, Application a, long reviewer, int fit, boolean pinned, OffsetDateTime due) {
    Review review = new Review();
    review.cohortId = c.id;
    review.applicationId = a.id;
    review.reviewerAccountId = reviewer;
    review.status = Review.Status.ASSIGNED;
    review.pinned = pinned;
    review.fit = fit;
    review.assignedAt = OffsetDateTime.now(clock);
    review.dueAt = due;
    return review;
  }

  /** How a reviewer's mail names an application: by reference, and by name unless blind. */
  private static String label(Application a, Cohort c) {
    return c.blind
        ? a.reference() + (a.sector == null ? "" : " (" + a.sector + ")")
        : a.reference() + " (" + a.projectName + ")";
  }

  private OffsetDateTime dueAt(Cohort c, String requested) {
    String text = Fields.blankToNull(requested);
    Instant now = Instant.now(clock);
    if (text == null) {
      return now.plus(Duration.ofDays(c.reviewDays)).atOffset(ZoneOffset.UTC);
    }
    try {
      return Instant.parse(text).atOffset(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "dueAt", "Give the due time in UTC, such as 2027-02-20T17:00:00Z.");
    }
  }
}
