package coop.seedbed.matching;

import coop.seedbed.mail.Mail;
import coop.seedbed.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything matchmaking mails. Until both people have said yes, no mail names either one's
 * address; the introduction is the first mail that does.
 */
@ApplicationScoped
class MatchMails {

  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  void asked(String to, String name, String from, String about, String note, long days) {
    mailer.send(
        new Mail(
            to,
            "match-asked",
            Map.of(
                "name", name,
                "from", from,
                "about", about,
                "note", note,
                "days", String.valueOf(days),
                "link", baseUrl + "/match/introductions")));
  }

  void introduced(String to, String name, String other, String otherEmail, String context) {
    mailer.send(
        new Mail(
            to,
            "match-introduced",
            Map.of(
                "name", name,
                "other", other,
                "otherEmail", otherEmail,
                "context", context,
                "candle", baseUrl + "/candle")));
  }

  void declined(String to, String name, String other) {
    mailer.send(
        new Mail(
            to,
            "match-declined",
            Map.of("name", name, "other", other, "link", baseUrl + "/match")));
  }

  void reminder(String to, String name, String from) {
    mailer.send(
        new Mail(
            to,
            "match-reminder",
            Map.of("name", name, "from", from, "link", baseUrl + "/match/introductions")));
  }

  void lapsed(String to, String name, String other, long days) {
    mailer.send(
        new Mail(
            to,
            "match-lapsed",
            Map.of(
                "name",
                name,
                "other",
                other,
                "days",
                String.valueOf(days),
                "link",
                baseUrl + "/match")));
  }

  void circleProposed(String to, String name, int count, String reasons, long circle) {
    mailer.send(
        new Mail(
            to,
            "match-circle-proposed",
            Map.of(
                "name",
                name,
                "count",
                String.valueOf(count),
                "reasons",
                reasons,
                "link",
                baseUrl + "/match/circles/" + circle)));
  }

  void circleFormed(String to, String name, int count, long circle) {
    mailer.send(
        new Mail(
            to,
            "match-circle-formed",
            Map.of(
                "name",
                name,
                "count",
                String.valueOf(count),
                "link",
                baseUrl + "/match/circles/" + circle)));
  }

  void mentor(String to, String name, String subject, String body, String reasons, String link) {
    mailer.send(
        new Mail(
            to,
            "match-mentor",
            Map.of(
                "name", name,
                "subject", subject,
                "body", body,
                "reasons", reasons,
                "link", baseUrl + link)));
  }
}
