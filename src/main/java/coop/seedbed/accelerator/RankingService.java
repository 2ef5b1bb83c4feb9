package coop.seedbed.accelerator;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.Jsons;
import coop.seedbed.shared.NotFoundException;
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

  /** Rows of the board a page holds unless asked otherwise, and the most a page may hold. */
  static final int PAGE = 100;

  static final int MAX_PAGE = 1000;

  /** Pages of JSON kept: a few cohorts' boards, both orders, some page sizes. */
  private static final int KEPT_PAGES = 256;

  @Inject Cohorts cohorts;
  @Inject Reviews reviews;
  @Inject AccountService accounts;
  @Inject Clock clock;

  private record Kept(long revision, RankingView view) {}

  private record KeptPage(long revision, byte[] json) {}

  private final Map<String, Kept> boards = new ConcurrentHashMap<>();
  private final Map<String, KeptPage> pages = new ConcurrentHashMap<>();

  /** The whole board, best first. */
  @Transactional
  public RankingView ranking(@NotNull Caller caller, @NotNull String slug, boolean normalise) {
    RankingView board = board(caller, slug, normalise);
    return board.page(1, Math.max(1, board.rows().size()));
  }

  /** One page of the board as JSON, written once per revision. */
  @Transactional
  public byte[] rankingJson(
      @NotNull Caller caller, @NotNull String slug, boolean normalise, int page, int size) {
    caller.requireStaff();
    if (page < 1 || page > 100_000) {
      throw new InvalidInputException("page", "Pages are numbered from 1.");
    }
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidInputException("size", "A page holds from 1 to " + MAX_PAGE + " rows.");
    }
    long[] idAndRevision = idAndRevision(slug);
    String key = idAndRevision[0] + (normalise ? ":z:" : ":raw:") + page + ":" + size;
    KeptPage kept = pages.get(key);
    if (kept != null && kept.revision() == idAndRevision[1]) {
      return kept.json();
    }
    byte[] json = json(board(caller, slug, normalise).page(page, size));
    if (pages.size() >= KEPT_PAGES) {
      pages.clear();
    }
    pages.put(key, new KeptPage(idAndRevision[1], json));
    return json;
  }

  private RankingView board(Caller caller, String slug, boolean normalise) {
    caller.requireStaff();
    long[] idAndRevision = idAndRevision(slug);
    String key = idAndRevision[0] + (normalise ? ":z" : ":raw");
    Kept current = boards.get(key);
    if (current != null && current.revision() == idAndRevision[1]) {
      return current.view();
    }
    RankingView view = compute(cohorts.get(idAndRevision[0]), idAndRevision[1], normalise);
    boards.put(key, new Kept(idAndRevision[1], view));
    return view;
  }

  private long[] idAndRevision(String slug) {
    return cohorts
        .idAndRevision(slug)
        .orElseThrow(
            () -> new NotFoundException("There is no cohort at /accelerator/" + slug + "."));
  }

  /** Worked out from three plain queries: applications, assignments, submitted scores. */
  private RankingView compute(Cohort c, long revision, boolean normalise) {
    Programme p = cohorts.programme(c.programmeId);
    List<Ranking.Criterion> weights =
        cohorts.rubric(p.id).stream().map(x -> new Ranking.Criterion(x.id, x.weight)).toList();
    List<Reviews.BoardApplication> apps = reviews.boardApplications(c.id);
    Map<Long, Reviews.BoardApplication> byId = new HashMap<>();
    apps.forEach(a -> byId.put(a.id(), a));
    Map<Long, Integer> assigned = reviews.assignedCounts(c.id);
    Map<Long, Ranking.Review> submitted = new HashMap<>();
    for (Reviews.BoardScore s : reviews.submittedScores(c.id)) {
      submitted
          .computeIfAbsent(
              s.reviewId(),
              id ->
                  new Ranking.Review(
                      s.applicationId(),
                      // A deleted reviewer's reviews still count, each as a reviewer of its own.
                      s.reviewer() == null ? -s.reviewId() : s.reviewer(),
                      new HashMap<>()))
          .scores()
          .put(s.criterion(), s.score());
    }
    List<Ranking.Row> ranked =
        Ranking.rank(
            apps.stream().map(Reviews.BoardApplication::id).toList(),
            weights,
            p.scaleLevels,
            new ArrayList<>(submitted.values()),
            normalise);
    List<RankingView.Row> rows = new ArrayList<>(ranked.size());
    int rank = 0;
    for (Ranking.Row row : ranked) {
      Reviews.BoardApplication a = byId.get(row.applicationId());
      rows.add(
          new RankingView.Row(
              ++rank,
              a.id(),
              "A-" + a.id(),
              a.projectName(),
              a.status().toLowerCase(Locale.ROOT),
              a.decision() == null ? null : a.decision().toLowerCase(Locale.ROOT),
              a.shortlisted(),
              assigned.getOrDefault(a.id(), 0),
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
        rows.size(),
        1,
        rows.size(),
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
    for (Reviews.BoardApplication a : reviews.boardApplications(c.id)) {
      if (!a.status().equals(Application.Status.SUBMITTED.name())) {
        continue;
      }
      int[] counts = perApplication.getOrDefault(a.id(), new int[3]);
      apps.add(
          new ProgressView.ApplicationProgress(
              a.id(), "A-" + a.id(), a.projectName(), counts[0], counts[1], counts[2]));
    }
    return new ProgressView(reviewers, apps);
  }

  private static void add(int[] into, int[] counts) {
    for (int i = 0; i < counts.length; i++) {
      into[i] += counts[i];
    }
  }

  /** A page of the board as JSON, written by hand: the same keys as the record. */
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
        .add("total", view.total())
        .add("page", view.page())
        .add("size", view.size())
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
