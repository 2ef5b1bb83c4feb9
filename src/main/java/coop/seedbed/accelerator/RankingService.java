package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ranking board and the progress board of a cohort. The board is worked out from every review
 * only when the cohort's revision (raised in the same transaction as every review, assignment and
 * decision) has moved, so staff refreshing it cost one small query; any instance sees the change as
 * soon as it commits, since the revision is read from the database each time.
 */
@ApplicationScoped
public class RankingService {

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject Reviews reviews;
  @Inject AccountService accounts;
  @Inject Clock clock;

  private record Kept(long revision, RankingView view, byte[] json) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  @Transactional
  public RankingView ranking(@NotNull Caller caller, @NotNull String slug, boolean normalise) {
    return board(caller, slug, normalise).view();
  }

  /** The board as JSON, written once per revision. */
  @Transactional
  public byte[] rankingJson(@NotNull Caller caller, @NotNull String slug, boolean normalise) {
    return board(caller, slug, normalise).json();
  }

  private Kept board(Caller caller, String slug, boolean normalise) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    long revision = cohorts.revision(c.id);
    String key = c.id + (normalise ? ":z" : ":raw");
    Kept current = kept.get(key);
    if (current != null && current.revision() == revision) {
      return current;
    }
    RankingView view = compute(c, revision, normalise);
    Kept fresh = new Kept(revision, view, json(view));
    kept.put(key, fresh);
    return fresh;
  }

  private RankingView compute(Cohort c, long revision, boolean normalise) {
    Programme p = cohorts.programme(c.programmeId);
    List<RubricCriterion> rubric = cohorts.rubric(p.id);
    List<Ranking.Criterion> weights =
        rubric.stream().map(x -> new Ranking.Criterion(x.id, x.weight)).toList();
    List<Application> apps =
        applications.ofCohort(c.id).stream()
            .filter(a -> a.status != Application.Status.DRAFT)
            .toList();
    Map<Long, Application> byId = new HashMap<>();
    apps.forEach(a -> byId.put(a.id, a));
    List<Review> all = reviews.ofCohort(c.id);
    Map<Long, Integer> assigned = new HashMap<>();
    List<Long> submittedIds = new ArrayList<>();
    for (Review r : all) {
      assigned.merge(r.applicationId, 1, Integer::sum);
      if (r.isSubmitted()) {
        submittedIds.add(r.id);
      }
    }
    Map<Long, List<ReviewScore>> scores = reviews.scores(submittedIds);
    List<Ranking.Review> input = new ArrayList<>();
    for (Review r : all) {
      if (!r.isSubmitted()) {
        continue;
      }
      Map<Long, Integer> values = new HashMap<>();
      for (ReviewScore s : scores.getOrDefault(r.id, List.of())) {
        values.put(s.criterionId, s.score);
      }
      // A deleted reviewer's reviews still count, each as a reviewer of its own.
      long reviewer = r.reviewerAccountId == null ? -r.id : r.reviewerAccountId;
      input.add(new Ranking.Review(r.applicationId, reviewer, values));
    }
    List<Ranking.Row> ranked =
        Ranking.rank(
            apps.stream().map(a -> a.id).toList(), weights, p.scaleLevels, input, normalise);
    List<RankingView.Row> rows = new ArrayList<>();
    int rank = 0;
    for (Ranking.Row row : ranked) {
      Application a = byId.get(row.applicationId());
      rows.add(
          new RankingView.Row(
              ++rank,
              a.id,
              a.reference(),
              a.projectName,
              a.status.name().toLowerCase(Locale.ROOT),
              a.decision == null ? null : a.decision.name().toLowerCase(Locale.ROOT),
              a.shortlisted,
              assigned.getOrDefault(a.id, 0),
              row.reviews(),
              row.mean(),
              row.median(),
              row.spread(),
              row.normalised(),
              row.disagreement()));
    }
    return new RankingView(
        c.slug,
        c.name,
        c.capacity,
        cohorts.placesTaken(c.id),
        p.scaleLevels,
        normalise,
        revision,
        rows);
  }

  @Transactional
  public ProgressView progress(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    Instant now = Instant.now(clock);
    List<Review> all = reviews.ofCohort(c.id);
    Map<Long, int[]> perReviewer = new HashMap<>();
    Map<Long, int[]> perApplication = new HashMap<>();
    for (Review r : all) {
      int[] counts = new int[3];
      counts[0] = 1;
      counts[1] = r.isSubmitted() ? 1 : 0;
      counts[2] = !r.isSubmitted() && r.dueAt.toInstant().isBefore(now) ? 1 : 0;
      if (r.reviewerAccountId != null) {
        add(perReviewer.computeIfAbsent(r.reviewerAccountId, id -> new int[3]), counts);
      }
      add(perApplication.computeIfAbsent(r.applicationId, id -> new int[3]), counts);
    }
    List<CohortReviewer> panel = cohorts.reviewers(c.id);
    Map<Long, AccountView> people =
        accounts.describe(panel.stream().map(r -> r.accountId).toList());
    List<ProgressView.ReviewerProgress> reviewers = new ArrayList<>();
    for (CohortReviewer r : panel) {
      int[] counts = perReviewer.getOrDefault(r.accountId, new int[3]);
      AccountView person = people.get(r.accountId);
      reviewers.add(
          new ProgressView.ReviewerProgress(
              person.email(), person.displayName(), counts[0], counts[1], counts[2]));
    }
    List<ProgressView.ApplicationProgress> apps = new ArrayList<>();
    for (Application a : applications.submitted(c.id)) {
      int[] counts = perApplication.getOrDefault(a.id, new int[3]);
      apps.add(
          new ProgressView.ApplicationProgress(
              a.id, a.reference(), a.projectName, counts[0], counts[1], counts[2]));
    }
    return new ProgressView(reviewers, apps);
  }

  private static void add(int[] into, int[] counts) {
    for (int i = 0; i < counts.length; i++) {
      into[i] += counts[i];
    }
  }

  /** The board's JSON, written by hand once per revision: the same keys as the record. */
  private static byte[] json(RankingView view) {
    JsonArrayBuilder rows = Jsons.JSON.createArrayBuilder();
    for (RankingView.Row r : view.rows()) {
      JsonObjectBuilder row =
          Jsons.JSON
              .createObjectBuilder()
              .add("rank", r.rank())
              .add("id", r.id())
              .add("reference", r.reference())
              .add("projectName", r.projectName())
              .add("status", r.status())
              .add("shortlisted", r.shortlisted())
              .add("assigned", r.assigned())
              .add("reviews", r.reviews())
              .add("disagreement", r.disagreement());
      if (r.decision() != null) {
        row.add("decision", r.decision());
      }
      addNumber(row, "mean", r.mean());
      addNumber(row, "median", r.median());
      addNumber(row, "spread", r.spread());
      addNumber(row, "normalised", r.normalised());
      rows.add(row);
    }
    return Jsons.JSON
        .createObjectBuilder()
        .add("cohort", view.cohort())
        .add("cohortName", view.cohortName())
        .add("capacity", view.capacity())
        .add("placesTaken", view.placesTaken())
        .add("scale", view.scale())
        .add("normalised", view.normalised())
        .add("revision", view.revision())
        .add("rows", rows)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void addNumber(JsonObjectBuilder json, String key, Double value) {
    if (value != null) {
      json.add(key, Math.round(value * 1000) / 1000.0);
    }
  }
}
