package coop.seedbed.mail;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;

/** The mail Seedbed keeps for a person (until it is purged after sending) in their export. */
@ApplicationScoped
class MailPersonalData implements PersonalDataSection {

  /** Links in old mail still work until they expire; an export file must not carry them. */
  private static final Pattern LINK_TOKEN = Pattern.compile("token=[A-Za-z0-9_-]+");

  @PersistenceContext EntityManager em;

  @Override
  public String name() {
    return "mail";
  }

  @Override
  public JsonValue export(long accountId, String email) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (OutboxMessage message : addressedTo(email)) {
      JsonObjectBuilder item =
          JSON.createObjectBuilder()
              .add("subject", message.subject)
              .add("status", message.status.name().toLowerCase())
              .add("createdAt", message.createdAt.toString())
              .add("text", LINK_TOKEN.matcher(message.textBody).replaceAll("token=(removed)"));
      if (message.sentAt != null) {
        item.add("sentAt", message.sentAt.toString());
      }
      list.add(item);
    }
    return list.build();
  }

  @Override
  public void erase(long accountId, String email) {
    addressedTo(email).forEach(em::remove);
  }

  private List<OutboxMessage> addressedTo(String email) {
    return em.createQuery(
            "select m from OutboxMessage m where lower(m.recipient) = :email order by m.createdAt",
            OutboxMessage.class)
        .setParameter("email", email)
        .getResultList();
  }
}
