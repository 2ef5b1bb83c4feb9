package coop.seedbed.booking;

import static coop.seedbed.shared.Jsons.JSON;

import coop.seedbed.accounts.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * What Digital Candle holds about a person: their volunteer profile, and the calls booked with
 * their address. Deleting the account removes the profile (the database cascades) and the booker's
 * name, address and notes from their past calls.
 */
@ApplicationScoped
class CandlePersonalData implements PersonalDataSection {

  @PersistenceContext EntityManager em;
  @Inject Volunteers volunteers;
  @Inject Bookings bookings;

  @Override
  public String name() {
    return "digitalCandle";
  }

  @Override
  public JsonValue export(long accountId, String email) {
    JsonObjectBuilder data = JSON.createObjectBuilder();
    volunteers
        .findByAccount(accountId)
        .ifPresent(
            v ->
                data.add(
                    "volunteer",
                    JSON.createObjectBuilder()
                        .add("name", v.name)
                        .add("bio", v.bio)
                        .add("topics", v.topics)
                        .add("languages", v.languages)
                        .add("timeZone", v.timeZone)
                        .add("weeklyHours", v.weeklyHours)
                        .add("overrides", v.overrides)));
    JsonArrayBuilder calls = JSON.createArrayBuilder();
    for (Booking b : bookings.ofEmail(email)) {
      calls.add(
          JSON.createObjectBuilder()
              .add("status", b.status.name().toLowerCase(Locale.ROOT))
              .add("start", b.startsAt.toInstant().toString())
              .add("name", b.bookerName)
              .add("about", b.about));
    }
    return data.add("bookedCalls", calls).build();
  }

  @Override
  public void erase(long accountId, String email) {
    for (Booking b : bookings.ofEmail(email)) {
      if (b.status == Booking.Status.HELD || b.status == Booking.Status.CONFIRMED) {
        bookings.releaseTicks(b.id);
        b.status = Booking.Status.CANCELLED;
        b.cancelledBy = "booker";
      }
      b.bookerName = "(deleted)";
      b.bookerEmail = "deleted-" + b.id + "@invalid";
      b.about = "";
    }
  }
}
