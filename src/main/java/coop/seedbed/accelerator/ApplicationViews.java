package coop.seedbed.accelerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds what a team sees of its application, and the plain-text copy of its answers. */
@ApplicationScoped
class ApplicationViews {

  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject ApplicationFiles files;
  @Inject CohortRuns runs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  ApplicationView forTeam(Application a, Cohort c) {
    List<Question> questions = cohorts.questions(c.id);
    Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(q -> q.id, q -> q));
    Map<String, String> answers = new LinkedHashMap<>();
    Map<Long, String> answerById = new HashMap<>();
    for (Answer answer : applications.answers(a.id)) {
      Question q = byId.get(answer.questionId);
      if (q != null) {
        answers.put(q.code(), answer.answer);
        answerById.put(q.id, answer.answer);
      }
    }
    List<ApplicationFiles.Stored> stored = files.of(a.id);
    Set<Long> withFile =
        stored.stream().map(ApplicationFiles.Stored::questionId).collect(Collectors.toSet());
    Instant now = Instant.now(clock);
    boolean editable = a.status != Application.Status.WITHDRAWN && c.isOpen(now);
    Programme p = cohorts.programme(c.programmeId);
    ApplicationView.NextSteps next =
        a.decision == Application.Decision.DECLINED
                || a.decision == Application.Decision.WAITLISTED
                || a.decision == Application.Decision.LAPSED
                || a.decision == Application.Decision.REFUSED
            ? nextSteps(a, p)
            : null;
    return new ApplicationView(
        a.id,
        a.reference(),
        c.slug,
        c.name,
        a.status.name().toLowerCase(),
        a.decision == null ? null : a.decision.name().toLowerCase(),
        a.respondBy == null ? null : a.respondBy.toInstant(),
        a.projectName,
        a.website,
        a.organisationSlug,
        a.sector,
        a.topics,
        a.country,
        a.summary,
        answers,
        stored.stream()
            .filter(f -> byId.containsKey(f.questionId()))
            .map(f -> ApplicationView.FileView.from(byId.get(f.questionId()), f))
            .toList(),
        applications.members(a.id).stream().map(ApplicationView.MemberView::from).toList(),
        c.closesAt.toInstant(),
        c.timeZone,
        editable,
        Answers.missing(a, questions, answerById, withFile),
        a.shortlisted,
        runs.interview(a.id).map(i -> i.startsAt.toInstant()).orElse(null),
        a.createdAt.toInstant(),
        a.updatedAt.toInstant(),
        a.submittedAt == null ? null : a.submittedAt.toInstant(),
        next);
  }

  /** Where a team not (yet) taken can go: a Candle call on founding, and the programme's track. */
  static ApplicationView.NextSteps nextSteps(Application a, Programme p) {
    return new ApplicationView.NextSteps(
        "/candle/slots?topic=" + candleTopic(a), "/accelerator/tracks/" + p.slug);
  }

  /** The Digital Candle topic nearest to what the team is working on. */
  static String candleTopic(Application a) {
    List<String> words = new ArrayList<>(a.topics);
    if (a.sector != null) {
      words.add(a.sector);
    }
    for (String word : words) {
      if (word.contains("platform") || word.contains("tech") || word.contains("software")) {
        return "tech-platforms";
      }
      if (word.contains("governance") || word.contains("decision")) {
        return "governance";
      }
      if (word.contains("finance") || word.contains("funding") || word.contains("money")) {
        return "finance";
      }
      if (word.contains("legal")) {
        return "legal-forms";
      }
      if (word.contains("conversion") || word.contains("succession")) {
        return "conversion";
      }
    }
    return "starting";
  }

  /** The answers as the confirmation mail copies them: each question, then what was said. */
  String answersAsText(Application a, List<Question> questions) {
    Map<Long, String> answers = new HashMap<>();
    for (Answer answer : applications.answers(a.id)) {
      answers.put(answer.questionId, answer.answer);
    }
    Map<Long, String> fileNames =
        files.of(a.id).stream()
            .collect(
                Collectors.toMap(
                    ApplicationFiles.Stored::questionId, ApplicationFiles.Stored::fileName));
    StringBuilder text = new StringBuilder();
    line(text, "Project", a.projectName);
    line(text, "Web address", a.website);
    line(text, "Sector", a.sector);
    line(text, "Topics", a.topics.isEmpty() ? null : String.join(", ", a.topics));
    line(text, "Country", a.country);
    line(text, "Summary", a.summary);
    for (Question q : questions) {
      String value =
          q.kind == Question.Kind.FILE
              ? (fileNames.containsKey(q.id) ? "File: " + fileNames.get(q.id) : null)
              : answers.get(q.id);
      line(text, q.label, value);
    }
    return text.toString().strip();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(label)
        .append('\n')
        .append(value == null || value.isBlank() ? "(no answer)" : value.strip())
        .append("\n\n");
  }
}
