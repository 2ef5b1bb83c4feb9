package coop.seedbed.accelerator;

import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything the accelerator mails. Mails to reviewers name applications only by reference, so a
 * blind cohort's mails say nothing of who applied; teams hear of their own application only.
 */
@ApplicationScoped
class AcceleratorMails {

  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  void submitted(Application a, Cohort c, List<Member> members, String answers) {
    for (Member m : confirmed(members)) {
      mailer.send(
          new Mail(
              m.email,
              "accelerator-submitted",
              Map.of(
                  "name",
                  m.name,
                  "project",
                  a.projectName,
                  "cohort",
                  c.name,
                  "deadline",
                  Times.local(c.closesLocal, c.zone()),
                  "link",
                  applicationLink(a),
                  "answers",
                  answers)));
    }
  }

  void invited(Application a, Cohort c, Member invited, String lead, String token) {
    mailer.send(
        new Mail(
            invited.email,
            "accelerator-invited",
            Map.of(
                "name", invited.name,
                "lead", lead,
                "project", a.projectName,
                "cohort", c.name,
                "link", baseUrl + "/accelerator/invitation/" + token)));
  }

  /** The decision as staff worded it for this cohort; a decline also shows the ways on. */
  void decided(Application a, Cohort c, Programme p, List<Member> members) {
    String template;
    String subject;
    switch (a.decision) {
      case OFFERED -> {
        template = c.acceptMail == null ? DecisionMails.ACCEPT : c.acceptMail;
        subject = "A place in " + c.name + " for " + a.projectName;
      }
      case WAITLISTED -> {
        template = c.waitlistMail == null ? DecisionMails.WAITLIST : c.waitlistMail;
        subject = a.projectName + " is on the waiting list of " + c.name;
      }
      case DECLINED -> {
        template = c.declineMail == null ? DecisionMails.DECLINE : c.declineMail;
        subject = "Your application to " + c.name;
      }
      default -> throw new IllegalStateException(a.decision.name());
    }
    ApplicationView.NextSteps next = ApplicationViews.nextSteps(a, p);
    for (Member m : confirmed(members)) {
      Map<String, String> values = new HashMap<>();
      values.put("name", m.name);
      values.put("project", a.projectName);
      values.put("cohort", c.name);
      values.put("programme", p.name);
      values.put("link", applicationLink(a));
      if (a.respondBy != null) {
        values.put("respondBy", Times.at(a.respondBy.toInstant(), c.zone()));
      }
      String body = DecisionMails.render(template, values).strip();
      Map<String, String> mail = new HashMap<>();
      mail.put("subject", subject);
      mail.put("body", body);
      mail.put("link", applicationLink(a));
      if (a.decision == Application.Decision.DECLINED) {
        mail.put("candle", baseUrl + next.candle());
        mail.put("track", baseUrl + next.track());
        mail.put("programme", p.name);
        mailer.send(new Mail(m.email, "accelerator-declined", mail));
      } else {
        mailer.send(new Mail(m.email, "accelerator-decision", mail));
      }
    }
  }

  void lapsed(Application a, Cohort c, Programme p, List<Member> members) {
    ApplicationView.NextSteps next = ApplicationViews.nextSteps(a, p);
    for (Member m : confirmed(members)) {
      mailer.send(
          new Mail(
              m.email,
              "accelerator-lapsed",
              Map.of(
                  "name",
                  m.name,
                  "project",
                  a.projectName,
                  "cohort",
                  c.name,
                  "respondBy",
                  "the time given",
                  "candle",
                  baseUrl + next.candle(),
                  "track",
                  baseUrl + next.track())));
    }
  }

  void assigned(String reviewerEmail, Cohort c, List<String> references, Instant due) {
    mailer.send(
        new Mail(
            reviewerEmail,
            "accelerator-assigned",
            Map.of(
                "count", String.valueOf(references.size()),
                "cohort", c.name,
                "due", Times.at(due, c.zone()),
                "references", String.join("\n", references),
                "link", baseUrl + "/accelerator/reviews")));
  }

  void reviewLate(String reviewerEmail, Cohort c, Review r, String reference) {
    mailer.send(
        new Mail(
            reviewerEmail,
            "accelerator-review-late",
            Map.of(
                "cohort",
                c.name,
                "reference",
                reference,
                "due",
                Times.at(r.dueAt.toInstant(), c.zone()),
                "link",
                baseUrl + "/accelerator/reviews/" + r.id)));
  }

  void interviewBooked(Application a, Cohort c, List<Member> members, Interview i, String ics) {
    for (Member m : confirmed(members)) {
      mailer.send(
          new Mail(
              m.email,
              "accelerator-interview",
              Map.of(
                  "name",
                  m.name,
                  "project",
                  a.projectName,
                  "cohort",
                  c.name,
                  "when",
                  Times.span(i.interval(), c.zone()),
                  "callUrl",
                  c.interviewCallUrl == null ? "(the panel sends the link)" : c.interviewCallUrl,
                  "link",
                  applicationLink(a)),
              List.of(attachment(ics))));
    }
  }

  void interviewCancelled(Application a, Cohort c, List<Member> members, Interview i, String ics) {
    for (Member m : confirmed(members)) {
      mailer.send(
          new Mail(
              m.email,
              "accelerator-interview-cancelled",
              Map.of(
                  "name", m.name,
                  "project", a.projectName,
                  "cohort", c.name,
                  "when", Times.span(i.interval(), c.zone()),
                  "link", applicationLink(a)),
              List.of(attachment(ics))));
    }
  }

  /**
   * A session's invite, update or cancellation to one participant, with the iCalendar part and the
   * address of the feed that holds all the cohort's sessions for them.
   */
  void session(String email, String name, Cohort c, CohortSession s, String feedUrl, String ics) {
    boolean cancelled = s.cancelled;
    boolean changed = s.sequence > 0 && !cancelled;
    String subject =
        (cancelled ? "Cancelled: " : changed ? "Changed: " : "") + s.title + " (" + c.name + ")";
    String intro =
        cancelled
            ? "This session of " + c.name + " is cancelled:"
            : changed
                ? "This session of " + c.name + " has changed; here it is as it now stands:"
                : "A new session for " + c.name + ":";
    String where =
        s.callUrl != null ? "Join: " + s.callUrl : s.place != null ? "Where: " + s.place : "";
    mailer.send(
        new Mail(
            email,
            "accelerator-session",
            Map.of(
                "subject",
                subject,
                "name",
                name,
                "intro",
                intro,
                "title",
                s.title,
                "when",
                Times.span(s.interval(), c.zone()),
                "where",
                where,
                "description",
                s.description,
                "cohort",
                c.name,
                "feed",
                feedUrl),
            List.of(attachment(ics))));
  }

  void mentorAssigned(String mentorEmail, Application a, Cohort c) {
    mailer.send(
        new Mail(
            mentorEmail,
            "accelerator-mentor",
            Map.of(
                "project", a.projectName,
                "cohort", c.name,
                "link", baseUrl + "/accelerator/teams/" + a.id)));
  }

  String participantFeed(Member m) {
    return baseUrl + "/calendars/participants/" + m.feedSecret + ".ics";
  }

  String cohortFeed(Cohort c) {
    return baseUrl + "/calendars/cohorts/" + c.slug + ".ics";
  }

  String applicationLink(Application a) {
    return baseUrl + "/accelerator/applications/" + a.id;
  }

  private static List<Member> confirmed(List<Member> members) {
    return members.stream().filter(Member::isConfirmed).toList();
  }

  /** The invite, with its METHOD also in the content type, as Outlook and Exchange expect. */
  static Mail.Attachment attachment(String ics) {
    String method = ics.contains("\nMETHOD:CANCEL") ? "CANCEL" : "REQUEST";
    return new Mail.Attachment(
        method.equals("CANCEL") ? "cancel.ics" : "invite.ics",
        "text/calendar; method=" + method + "; charset=UTF-8",
        ics);
  }
}
