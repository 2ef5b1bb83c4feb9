package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.http.ClientAddress;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** {@code /candle/book}: the chosen time, and the few details needed to hold it. */
@Named
@RequestScoped
public class BookPage {

  @Inject HoldAndConfirm holds;
  @Inject VolunteerService volunteers;
  @Inject ClientAddress clientAddress;

  private String volunteer;
  private String topic;
  private String start;
  private String tz;
  private String name;
  private String email;
  private String about;
  private String website;
  private String alternatives;

  /**
   * Reads the slot from the request at once: the form is only rendered for a real slot, and on a
   * post that decision comes before view parameters reach this bean.
   */
  @PostConstruct
  void readSlot() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    volunteer = params.get("volunteer");
    topic = params.get("topic");
    start = params.get("start");
    tz = params.get("tz");
  }

  /** The slot as the person will read it, or null when the address does not name one. */
  public String getWhen() {
    Instant at = startInstant();
    if (at == null) {
      return null;
    }
    int minutes = 60;
    if (!isAnyone()) {
      try {
        minutes = volunteers.describe(volunteer).callMinutes();
      } catch (NotFoundException e) {
        return null;
      }
    }
    return Times.describe(Interval.of(at, Duration.ofMinutes(minutes)), zone());
  }

  public String getVolunteerName() {
    if (isAnyone()) {
      return null;
    }
    try {
      return volunteers.describe(volunteer).name();
    } catch (NotFoundException e) {
      return null;
    }
  }

  public String book() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    boolean done =
        Pages.attempt(
            () -> {
              try {
                holds.requestCall(
                    new BookingRequest(
                        volunteer,
                        topic,
                        startInstant(),
                        zone().getId(),
                        name,
                        email,
                        about,
                        website),
                    clientAddress.of(request));
              } catch (ConflictException e) {
                alternatives = e.existing().orElse("/candle");
                throw e;
              }
            },
            "name",
            "email",
            "about");
    if (done) {
      return Pages.redirect("/candle/held");
    }
    return null;
  }

  private boolean isAnyone() {
    return volunteer == null || volunteer.isBlank() || volunteer.equals("anyone");
  }

  private Instant startInstant() {
    try {
      return start == null ? null : Instant.parse(start);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private ZoneId zone() {
    try {
      return tz == null || tz.isBlank() ? ZoneId.of("UTC") : ZoneId.of(tz);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }

  public String getAlternatives() {
    return alternatives;
  }

  public String getVolunteer() {
    return volunteer;
  }

  public void setVolunteer(String volunteer) {
    this.volunteer = volunteer;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getTz() {
    return tz;
  }

  public void setTz(String tz) {
    this.tz = tz;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
