package coop.seedbed.accelerator;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the accelerator holds about a person: the applications they are on with their answers, the
 * reviews they wrote, the conflicts they declared, their track progress, check-ins and notes.
 * Deleting the account takes them off their teams (an application with nobody else on it goes,
 * giving back any place it held), takes away reviews they had not written, and leaves the reviews
 * they wrote, anonymous, so a cohort's ranking does not change under it.
 */
@ApplicationScoped
class AcceleratorPersonalData implements PersonalDataSection {

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Applications applications;
  @Inject Reviews reviews;
  @Inject CohortRuns runs;
  @Inject DecisionService decisions;

  @Override
  public String name() {
    return "accelerator";
  }

  @Override
  public JsonValue export(long accountId, String email) {
    JsonArrayBuilder teams = JSON.createArrayBuilder();
    for (Member m : applications.membershipsOf(accountId, email)) {
      Application a = applications.get(m.applicationId);
      Cohort c = cohorts.get(a.cohortId);
      Map<Long, String> labels = new HashMap<>();
      cohorts.questions(c.id).forEach(q -> labels.put(q.id, q.label));
      JsonObjectBuilder answers = JSON.createObjectBuilder();
      for (Answer answer : applications.answers(a.id)) {
        answers.add(labels.getOrDefault(answer.questionId, "q" + answer.questionId), answer.answer);
      }
      JsonObjectBuilder team =
          JSON.createObjectBuilder()
              .add("cohort", c.name)
              .add("application", a.reference())
              .add("project", a.projectName)
              .add("yourName", m.name)
              .add("lead", m.lead)
              .add("membership", m.status.name().toLowerCase(Locale.ROOT))
              .add("status", a.status.name().toLowerCase(Locale.ROOT))
              .add("summary", a.summary)
              .add("answers", answers);
      if (a.decision != null) {
        team.add("decision", a.decision.name().toLowerCase(Locale.ROOT));
      }
      teams.add(team);
    }
    JsonArrayBuilder written = JSON.createArrayBuilder();
    for (Review r : reviews.ofReviewer(accountId)) {
      JsonArrayBuilder scores = JSON.createArrayBuilder();
      for (ReviewScore s : reviews.scores(r.id)) {
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
              .add("cohort", cohorts.get(r.cohortId).name)
              .add("application", "A-" + r.applicationId)
              .add("status", r.status.name().toLowerCase(Locale.ROOT))
              .add("scores", scores);
      if (r.comment != null) {
        review.add("comment", r.comment);
      }
      written.add(review);
    }
    JsonArrayBuilder declared = JSON.createArrayBuilder();
    for (DeclaredConflict d : reviews.declaredBy(accountId)) {
      declared.add(
          JSON.createObjectBuilder()
              .add("application", "A-" + d.applicationId)
              .add("reason", d.reason)
              .add("at", d.declaredAt.toInstant().toString()));
    }
    JsonObjectBuilder track = JSON.createObjectBuilder();
    runs.progress(accountId).forEach((slug, at) -> track.add(slug, at.toInstant().toString()));
    JsonArrayBuilder checkIns = JSON.createArrayBuilder();
    for (CheckIn c : checkInsBy(accountId)) {
      checkIns.add(
          JSON.createObjectBuilder()
              .add("application", "A-" + c.applicationId)
              .add("period", c.period)
              .add("progress", c.progress)
              .add("blockers", c.blockers));
    }
    JsonArrayBuilder notes = JSON.createArrayBuilder();
    for (TeamNote n : notesBy(accountId)) {
      notes.add(
          JSON.createObjectBuilder()
              .add("application", "A-" + n.applicationId)
              .add("note", n.body)
              .add("at", n.createdAt.toInstant().toString()));
    }
    JsonArrayBuilder mentoring = JSON.createArrayBuilder();
    runs.mentoredBy(accountId).forEach(id -> mentoring.add("A-" + id));
    return JSON.createObjectBuilder()
        .add("applications", teams)
        .add("reviews", written)
        .add("declaredConflicts", declared)
        .add("trackRead", track)
        .add("checkIns", checkIns)
        .add("mentorNotes", notes)
        .add("mentoring", mentoring)
        .build();
  }

  @Override
  public void erase(long accountId, String email) {
    for (Member m : applications.membershipsOf(accountId, email)) {
      Application a = applications.get(m.applicationId);
      List<Member> others =
          applications.members(a.id).stream()
              .filter(x -> !x.id.equals(m.id) && x.isConfirmed())
              .toList();
      if (others.isEmpty()) {
        // The cohort's row before the application's, as every decision takes them.
        cohorts.lock(a.cohortId);
        applications.lock(a);
        decisions.released(a, "The team's last member deleted their account");
        cohorts.touch(a.cohortId);
        applications.remove(a);
      } else {
        if (m.lead) {
          Member next = others.get(0);
          next.lead = true;
          a.leadAccountId = next.accountId;
        }
        applications.remove(m);
      }
    }
    for (Review r : reviews.ofReviewer(accountId)) {
      if (!r.isSubmitted()) {
        reviews.deleteScores(r.id);
        reviews.remove(r);
        cohorts.touch(r.cohortId);
      }
    }
    // The record of decisions keeps that a decision was made, not the address of who made it.
    em.createQuery(
            "update DecisionRecord d set d.decidedByLabel = :former where d.decidedBy = :account")
        .setParameter("former", "a former staff member")
        .setParameter("account", accountId)
        .executeUpdate();
    em.flush();
  }

  private List<CheckIn> checkInsBy(long accountId) {
    return em.createQuery(
            "select c from CheckIn c where c.authorAccountId = :account order by c.createdAt",
            CheckIn.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  private List<TeamNote> notesBy(long accountId) {
    return em.createQuery(
            "select n from TeamNote n where n.authorAccountId = :account order by n.createdAt",
            TeamNote.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
