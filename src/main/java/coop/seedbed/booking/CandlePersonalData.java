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
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * What Digital Candle holds about a person: their volunteer profile, and the calls booked with
 * their address. Deleting the account removes the profile (the database cascades) and the booker's
 * name, address and notes from their past calls; the other side of each call to come is told.
 */
@ApplicationScoped
class CandlePersonalData implements PersonalDataSection {

  @PersistenceContext EntityManager em;
  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject BookingMails mails;
  @Inject Clock clock;

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

  /**
   * Calls still to come are cancelled, and the other side is told with a CANCEL for their calendar:
   * a volunteer leaving takes their calls with them (the database removes them with the profile),
   * and a booker leaving leaves the volunteer an hour that is free again. Neither mail names the
   * person who left.
   */
  @Override
  public void erase(long accountId, String email) {
    Instant now = Instant.now(clock);
    volunteers
        .findByAccount(accountId)
        .ifPresent(
            v -> {
              for (Booking b : bookings.ofVolunteer(v.id, now)) {
                if (b.status == Booking.Status.CONFIRMED) {
                  b.sequence++;
                  mails.cancelledToBooker(b, v, "Your volunteer, who has since left Seedbed,");
                }
              }
            });
    for (Booking b : bookings.ofEmail(email)) {
      boolean upcoming = b.endsAt.toInstant().isAfter(now);
      if (b.status == Booking.Status.CONFIRMED && upcoming) {
        b.sequence++;
        mails.cancelledToVolunteer(
            b,
            volunteers.get(b.volunteerId),
            "The person who booked it, who has since deleted their Seedbed account,");
      }
      if (b.status == Booking.Status.HELD || b.status == Booking.Status.CONFIRMED) {
        bookings.releaseTicks(b.id);
        b.status = Booking.Status.CANCELLED;
        b.cancelledAt = OffsetDateTime.now(clock);
        b.cancelledBy = "booker";
      }
      b.bookerName = "(deleted)";
      b.bookerEmail = "deleted-" + b.id + "@invalid";
      b.about = "";
    }
  }
}
