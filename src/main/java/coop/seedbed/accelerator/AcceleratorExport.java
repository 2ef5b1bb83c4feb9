package coop.seedbed.accelerator;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.AccountView;
import coop.seedbed.accounts.Caller;
import coop.seedbed.shared.Csv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cohort's applications for staff to take away: every answer, every review's scores, the figures
 * of the ranking (mean, median, spread, normalised) and every decision with who made it; the JSON
 * also carries each conflict, declared with its reason or found by Seedbed.
 */
@ApplicationScoped
public class AcceleratorExport {

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject Reviews reviews;
  @Inject ApplicationFiles files;
  @Inject RankingService ranking;
  @Inject ConflictFinder conflicts;
  @Inject AccountService accounts;

  /** What the export needs of one application, gathered once for both formats. */
  private record Entry(
      Application application,
      List<Member> members,
      Map<Long, String> answers,
      Map<Long, String> fileNames,
      List<Review> reviews,
      Map<Long, List<ReviewScore>> scores,
      List<DecisionRecord> decisions,
      RankingView.Row row) {}

  @Transactional
  public String csv(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    List<Question> questions = cohorts.questions(c.id);
    List<String> header =
        new ArrayList<>(
            List.of(
                "reference",
                "project",
                "status",
                "decision",
                "decidedAt",
                "decidedBy",
                "respondBy",
                "submittedAt",
                "team",
                "sector",
                "topics",
                "country",
                "website",
                "organisation",
                "summary"));
    questions.forEach(q -> header.add(q.label));
    header.addAll(
        List.of(
            "reviewsAssigned",
            "reviewsDone",
            "mean",
            "median",
            "spread",
            "normalised",
            "disagreement",
            "scores"));
    Map<Long, AccountView> people = people(c);
    StringBuilder out = new StringBuilder(Csv.row(header));
    for (Entry e : entries(caller, c)) {
      Application a = e.application();
      DecisionRecord last =
          e.decisions().isEmpty() ? null : e.decisions().get(e.decisions().size() - 1);
      List<Object> cells = new ArrayList<>();
      cells.add(a.reference());
      cells.add(a.projectName);
      cells.add(a.status.name().toLowerCase(Locale.ROOT));
      cells.add(a.decision == null ? "" : a.decision.name().toLowerCase(Locale.ROOT));
      cells.add(last == null ? "" : last.decidedAt.toInstant());
      cells.add(last == null ? "" : last.decidedByLabel);
      cells.add(a.respondBy == null ? "" : a.respondBy.toInstant());
      cells.add(a.submittedAt == null ? "" : a.submittedAt.toInstant());
      cells.add(
          String.join(
              "; ",
              e.members().stream()
                  .map(m -> m.name + " <" + m.email + ">" + (m.lead ? " (lead)" : ""))
                  .toList()));
      cells.add(a.sector);
      cells.add(String.join("; ", a.topics));
      cells.add(a.country);
      cells.add(a.website);
      cells.add(a.organisationSlug);
      cells.add(a.summary);
      for (Question q : questions) {
        cells.add(
            q.kind == Question.Kind.FILE
                ? e.fileNames().getOrDefault(q.id, "")
                : e.answers().getOrDefault(q.id, ""));
      }
      cells.add(e.reviews().size());
      cells.add(e.reviews().stream().filter(Review::isSubmitted).count());
      cells.add(number(e.row().mean()));
      cells.add(number(e.row().median()));
      cells.add(number(e.row().spread()));
      cells.add(number(e.row().normalised()));
      cells.add(e.row().disagreement());
      List<String> scores = new ArrayList<>();
      for (Review r : e.reviews()) {
        if (r.isSubmitted()) {
          scores.add(
              reviewer(r, people)
                  + ": "
                  + String.join(
                      " ",
                      e.scores().getOrDefault(r.id, List.of()).stream()
                          .sorted(Comparator.comparingLong(s -> s.criterionId))
                          .map(s -> s.criterionId + "=" + s.score)
                          .toList()));
        }
      }
      cells.add(String.join("; ", scores));
      out.append(Csv.row(cells));
    }
    return out.toString();
  }

  @Transactional
  public JsonObject json(@NotNull Caller caller, @NotNull String slug) {
    caller.requireStaff();
    Cohort c = cohorts.get(slug);
    Programme p = cohorts.programme(c.programmeId);
    List<Question> questions = cohorts.questions(c.id);
    Map<Long, AccountView> people = people(c);
    JsonArrayBuilder rubric = JSON.createArrayBuilder();
    for (RubricCriterion criterion : cohorts.rubric(p.id)) {
      rubric.add(
          JSON.createObjectBuilder()
              .add("id", criterion.id)
              .add("name", criterion.name)
              .add("weight", criterion.weight));
    }
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    List<Entry> entries = entries(caller, c);
    for (Entry e : entries) {
      Application a = e.application();
      JsonObjectBuilder answers = JSON.createObjectBuilder();
      for (Question q : questions) {
        String value =
            q.kind == Question.Kind.FILE ? e.fileNames().get(q.id) : e.answers().get(q.id);
        if (value != null) {
          answers.add(q.label, value);
        }
      }
      JsonArrayBuilder team = JSON.createArrayBuilder();
      e.members()
          .forEach(
              m ->
                  team.add(
                      JSON.createObjectBuilder()
                          .add("name", m.name)
                          .add("email", m.email)
                          .add("lead", m.lead)
                          .add("status", m.status.name().toLowerCase(Locale.ROOT))));
      JsonArrayBuilder reviewList = JSON.createArrayBuilder();
      for (Review r : e.reviews()) {
        JsonArrayBuilder scores = JSON.createArrayBuilder();
        for (ReviewScore s : e.scores().getOrDefault(r.id, List.of())) {
          JsonObjectBuilder score =
              JSON.createObjectBuilder()
                  .add("criterion", s.criterionId)
                  .add("score", s.score)
                  .add("confidence", s.confidence);
          if (s.comment != null) {
            score.add("comment", s.comment);
          }
          scores.add(score);
        }
        JsonObjectBuilder review =
            JSON.createObjectBuilder()
                .add("reviewer", reviewer(r, people))
                .add("status", r.status.name().toLowerCase(Locale.ROOT))
                .add("fit", r.fit)
                .add("pinned", r.pinned)
                .add("dueAt", r.dueAt.toInstant().toString())
                .add("scores", scores);
        if (r.comment != null) {
          review.add("comment", r.comment);
        }
        if (r.submittedAt != null) {
          review.add("submittedAt", r.submittedAt.toInstant().toString());
        }
        reviewList.add(review);
      }
      JsonArrayBuilder decisions = JSON.createArrayBuilder();
      for (DecisionRecord d : e.decisions()) {
        JsonObjectBuilder decision =
            JSON.createObjectBuilder()
                .add("decision", d.decision.name().toLowerCase(Locale.ROOT))
                .add("by", d.decidedByLabel)
                .add("at", d.decidedAt.toInstant().toString());
        if (d.note != null) {
          decision.add("note", d.note);
        }
        decisions.add(decision);
      }
      JsonObjectBuilder row =
          JSON.createObjectBuilder()
              .add("reference", a.reference())
              .add("id", a.id)
              .add("project", a.projectName)
              .add("status", a.status.name().toLowerCase(Locale.ROOT))
              .add("topics", JSON.createArrayBuilder(a.topics))
              .add("summary", a.summary)
              .add("team", team)
              .add("answers", answers)
              .add("reviews", reviewList)
              .add("decisions", decisions)
              .add("disagreement", e.row().disagreement());
      add(row, "decision", a.decision == null ? null : a.decision.name().toLowerCase(Locale.ROOT));
      add(row, "sector", a.sector);
      add(row, "country", a.country);
      add(row, "website", a.website);
      add(row, "organisation", a.organisationSlug);
      add(row, "submittedAt", a.submittedAt == null ? null : a.submittedAt.toInstant().toString());
      add(row, "respondBy", a.respondBy == null ? null : a.respondBy.toInstant().toString());
      addNumber(row, "mean", e.row().mean());
      addNumber(row, "median", e.row().median());
      addNumber(row, "spread", e.row().spread());
      addNumber(row, "normalised", e.row().normalised());
      rows.add(row);
    }
    return JSON.createObjectBuilder()
        .add("cohort", c.slug)
        .add("name", c.name)
        .add("programme", p.slug)
        .add("blind", c.blind)
        .add("rubric", rubric)
        .add("applications", rows)
        .add("conflicts", conflicts(c, entries, people))
        .build();
  }

  private List<Entry> entries(Caller caller, Cohort c) {
    Map<Long, RankingView.Row> rows = new HashMap<>();
    for (RankingView.Row row : ranking.ranking(caller, c.slug, true).rows()) {
      rows.put(row.id(), row);
    }
    List<Review> all = reviews.ofCohort(c.id);
    Map<Long, List<Review>> byApplication = new HashMap<>();
    all.forEach(
        r -> byApplication.computeIfAbsent(r.applicationId, id -> new ArrayList<>()).add(r));
    Map<Long, List<ReviewScore>> scores = reviews.scores(all.stream().map(r -> r.id).toList());
    List<Entry> entries = new ArrayList<>();
    for (Application a : applications.ofCohort(c.id)) {
      if (a.status == Application.Status.DRAFT) {
        continue;
      }
      Map<Long, String> answers = new HashMap<>();
      applications.answers(a.id).forEach(x -> answers.put(x.questionId, x.answer));
      Map<Long, String> fileNames = new HashMap<>();
      files.of(a.id).forEach(f -> fileNames.put(f.questionId(), f.fileName()));
      entries.add(
          new Entry(
              a,
              applications.members(a.id),
              answers,
              fileNames,
              byApplication.getOrDefault(a.id, List.of()),
              scores,
              applications.decisions(a.id),
              rows.get(a.id)));
    }
    return entries;
  }

  /** Every conflict between the panel and the applications: declared ones with their reasons. */
  private JsonArrayBuilder conflicts(Cohort c, List<Entry> entries, Map<Long, AccountView> people) {
    JsonArrayBuilder out = JSON.createArrayBuilder();
    Set<String> declared = new HashSet<>();
    for (DeclaredConflict d : reviews.declaredInCohort(c.id)) {
      Application a = applications.get(d.applicationId);
      declared.add(d.applicationId + ":" + d.reviewerAccountId);
      AccountView person = d.reviewerAccountId == null ? null : people.get(d.reviewerAccountId);
      out.add(
          JSON.createObjectBuilder()
              .add("application", a.reference())
              .add("reviewer", person == null ? "a former reviewer" : person.email())
              .add("source", "declared")
              .add("reason", d.reason)
              .add("at", d.declaredAt.toInstant().toString()));
    }
    for (CohortReviewer r : cohorts.reviewers(c.id)) {
      AccountView person = people.get(r.accountId);
      Conflicts.ReviewerTies ties = conflicts.ties(r.accountId, person.email());
      for (Entry e : entries) {
        if (declared.contains(e.application().id + ":" + r.accountId)) {
          continue;
        }
        Conflicts.reason(ties, conflicts.team(e.application(), e.members()))
            .ifPresent(
                reason ->
                    out.add(
                        JSON.createObjectBuilder()
                            .add("application", e.application().reference())
                            .add("reviewer", person.email())
                            .add("source", "found")
                            .add("reason", reason)));
      }
    }
    return out;
  }

  private Map<Long, AccountView> people(Cohort c) {
    Set<Long> ids = new HashSet<>();
    cohorts.reviewers(c.id).forEach(r -> ids.add(r.accountId));
    reviews.ofCohort(c.id).stream()
        .filter(r -> r.reviewerAccountId != null)
        .forEach(r -> ids.add(r.reviewerAccountId));
    reviews.declaredInCohort(c.id).stream()
        .filter(d -> d.reviewerAccountId != null)
        .forEach(d -> ids.add(d.reviewerAccountId));
    return accounts.describe(ids);
  }

  private static String reviewer(Review r, Map<Long, AccountView> people) {
    AccountView person = r.reviewerAccountId == null ? null : people.get(r.reviewerAccountId);
    return person == null ? "a former reviewer" : person.email();
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static void add(JsonObjectBuilder json, String key, String value) {
    if (value != null) {
      json.add(key, value);
    }
  }

  private static void addNumber(JsonObjectBuilder json, String key, Double value) {
    if (value != null) {
      json.add(key, Math.round(value * 1000) / 1000.0);
    }
  }
}
