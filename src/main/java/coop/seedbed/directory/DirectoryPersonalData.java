package coop.seedbed.directory;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * What the directory holds about a person: the listings they maintain and the claims they made.
 * Deleting the account removes them as maintainer (the database cascades); listings they submitted
 * that never went public and that nobody else maintains are deleted with it, since they are only
 * that person's draft.
 */
@ApplicationScoped
class DirectoryPersonalData implements PersonalDataSection {

  @PersistenceContext EntityManager em;
  @Inject Organisations organisations;

  @Override
  public String name() {
    return "directory";
  }

  @Override
  public JsonValue export(long accountId, String email) {
    JsonArrayBuilder maintained = JSON.createArrayBuilder();
    for (Organisation org : organisations.maintainedBy(accountId)) {
      maintained.add(
          JSON.createObjectBuilder()
              .add("slug", org.slug)
              .add("name", org.name)
              .add("status", org.status.name().toLowerCase(Locale.ROOT))
              .add("submittedByYou", Long.valueOf(accountId).equals(org.submittedBy)));
    }
    JsonArrayBuilder claims = JSON.createArrayBuilder();
    for (Claim claim : organisations.claimsBy(accountId)) {
      var item =
          JSON.createObjectBuilder()
              .add(
                  "organisation",
                  organisations.find(claim.organisationId).map(o -> o.slug).orElse(""))
              .add("way", claim.way.name().toLowerCase(Locale.ROOT))
              .add("status", claim.status.name().toLowerCase(Locale.ROOT))
              .add("createdAt", claim.createdAt.toString());
      if (claim.email != null) {
        item.add("email", claim.email);
      }
      if (claim.message != null) {
        item.add("message", claim.message);
      }
      claims.add(item);
    }
    return JSON.createObjectBuilder().add("maintains", maintained).add("claims", claims).build();
  }

  @Override
  public void erase(long accountId, String email) {
    for (Organisation org : organisations.maintainedBy(accountId)) {
      boolean draft = org.publishedAt == null && Long.valueOf(accountId).equals(org.submittedBy);
      if (draft && organisations.maintainers(org.id).size() == 1) {
        em.remove(org);
      }
    }
    em.createQuery("delete from Claim c where c.email = :email and c.way = :invitation")
        .setParameter("email", email)
        .setParameter("invitation", Claim.Way.INVITATION)
        .executeUpdate();
  }
}
