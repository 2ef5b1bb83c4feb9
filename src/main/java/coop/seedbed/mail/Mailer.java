package coop.seedbed.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way to send mail: renders it and writes it to the outbox inside the caller's transaction,
 * so the mail exists exactly when the action that caused it committed. Delivery happens later, in
 * {@link OutboxSender}.
 */
@ApplicationScoped
public class Mailer {

  @PersistenceContext EntityManager em;
  @Inject MailTemplates templates;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  @Transactional(TxType.MANDATORY)
  public void send(Mail mail) {
    Map<String, String> values = new HashMap<>(mail.values());
    values.putIfAbsent("baseUrl", baseUrl);
    MailTemplates.Rendered rendered = templates.render(mail.template(), values);

    OutboxMessage message = new OutboxMessage();
    message.recipient = mail.to();
    message.subject = truncate(rendered.subject(), OutboxMessage.SUBJECT_LENGTH);
    message.textBody = rendered.text();
    message.htmlBody = rendered.html();
    message.createdAt = OffsetDateTime.now(clock);
    message.nextAttemptAt = message.createdAt;
    for (Mail.Attachment attachment : mail.attachments()) {
      OutboxAttachment stored = new OutboxAttachment();
      stored.message = message;
      stored.fileName = attachment.fileName();
      stored.contentType = attachment.contentType();
      stored.content = attachment.content();
      message.attachments.add(stored);
    }
    em.persist(message);
  }

  static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
