package coop.seedbed.matching;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * What matchmaking holds about a person: their profile, the roles they posted, the introductions
 * they asked for and were asked for, whom they blocked, what they hid, their circles. Deleting the
 * account deletes all of it (the database cascades from the account) and takes the profile out of
 * the index; roles they posted stay with their co-op, without a contact.
 */
@ApplicationScoped
class MatchPersonalData implements PersonalDataSection {

  @Inject Matches matches;
  @Inject IntroductionService introductions;
  @Inject CircleService circles;
  @Inject Event<MatchChanged> changed;

  @Override
  public String name() {
    return "matchmaking";
  }

  @Override
  public JsonValue export(long accountId, String email) {
    JsonObjectBuilder data = JSON.createObjectBuilder();
    matches
        .profileOf(accountId)
        .ifPresent(
            p ->
                data.add(
                    "profile",
                    JSON.createObjectBuilder()
                        .add("name", p.name)
                        .add("wants", JSON.createArrayBuilder(p.wants))
                        .add("skills", JSON.createArrayBuilder(p.skills))
                        .add("tags", JSON.createArrayBuilder(p.tags))
                        .add("sectors", JSON.createArrayBuilder(p.sectors))
                        .add("decision", JSON.createArrayBuilder(p.decision))
                        .add("pay", JSON.createArrayBuilder(p.pay))
                        .add("hoursPerWeek", p.hoursPerWeek)
                        .add("timeZone", p.timeZone)
                        .add("workingHours", p.workStart + "-" + p.workEnd)
                        .add("languages", JSON.createArrayBuilder(p.languages))
                        .add("about", p.about)
                        .add("visibility", p.visibility.name().toLowerCase(Locale.ROOT))
                        .add("paused", p.paused)
                        .add(
                            "place",
                            (p.city == null ? "" : p.city)
                                + " "
                                + (p.country == null ? "" : p.country))));
    JsonArrayBuilder roles = JSON.createArrayBuilder();
    matches
        .rolesPostedBy(accountId)
        .forEach(
            r ->
                roles.add(
                    JSON.createObjectBuilder()
                        .add("organisation", r.organisationSlug)
                        .add("title", r.title)
                        .add("open", r.open)));
    JsonArrayBuilder intros = JSON.createArrayBuilder();
    for (Introduction i : matches.introductionsOf(accountId)) {
      IntroductionView v = introductions.view(i, accountId);
      JsonObjectBuilder intro =
          JSON.createObjectBuilder()
              .add("direction", v.direction())
              .add("with", v.otherName())
              .add("note", v.note())
              .add("status", v.status())
              .add("askedAt", v.createdAt().toString());
      if (v.email() != null) {
        intro.add("theirAddress", v.email());
      }
      intros.add(intro);
    }
    JsonArrayBuilder blocked = JSON.createArrayBuilder();
    for (long other : matches.blockedBy(accountId)) {
      blocked.add(matches.profileOf(other).map(p -> p.name).orElse("someone who has left"));
    }
    JsonArrayBuilder hidden = JSON.createArrayBuilder();
    matches.hiddenBy(accountId).forEach(hidden::add);
    JsonArrayBuilder circlesOf = JSON.createArrayBuilder();
    circles
        .circlesOf(accountId)
        .forEach(
            c ->
                circlesOf.add(
                    JSON.createObjectBuilder()
                        .add("circle", c.id())
                        .add("status", c.status())
                        .add("yourAnswer", c.yourAnswer())));
    return data.add("rolesPosted", roles)
        .add("introductions", intros)
        .add("blocked", blocked)
        .add("hiddenSuggestions", hidden)
        .add("circles", circlesOf)
        .build();
  }

  @Override
  public void erase(long accountId, String email) {
    matches
        .profileOf(accountId)
        .ifPresent(
            p -> {
              long id = p.id;
              matches.remove(p);
              changed.fire(new MatchChanged(Facts.PROFILE, id));
            });
  }
}
