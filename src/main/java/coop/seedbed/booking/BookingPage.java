package coop.seedbed.booking;

import coop.seedbed.calendar.Interval;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code /candle/bookings/{token}}: one booking, for whoever holds its link: confirm it, cancel it,
 * move it (the booker), or download the invite again.
 */
@Named
@RequestScoped
public class BookingPage {

  @Inject BookingLinks links;
  @Inject HoldAndConfirm holds;
  @Inject MoveAndCancel changes;

  private String token;
  private String moveTo;
  private BookingView booking;

  /**
   * Reads the link's token from the request at once: which forms are rendered depends on the
   * booking, and on a post that decision comes before view parameters reach this bean.
   */
  @PostConstruct
  void readToken() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    token = params.get("token");
    moveTo = params.get("moveTo");
  }

  public void load() {
    try {
      booking = links.find(token);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public String confirm() {
    if (Pages.attempt(() -> holds.confirm(token))) {
      Pages.notice("Your call is booked. The invite is on its way to you and to the volunteer.");
    }
    return Pages.redirect("/candle/bookings/" + token);
  }

  public String cancel() {
    if (Pages.attempt(() -> changes.cancel(token))) {
      Pages.notice("The call is cancelled; both of you have been told.");
      return Pages.redirect("/candle/bookings/" + token);
    }
    return null;
  }

  public String move() {
    Instant at = moveInstant();
    if (Pages.attempt(() -> changes.move(token, at), "moveTo")) {
      Pages.notice("Your call has moved; the updated invite is on its way.");
      return Pages.redirect("/candle/bookings/" + token);
    }
    return null;
  }

  /** The new time being chosen, as the booker reads it. */
  public String getMoveWhen() {
    Instant at = moveInstant();
    if (at == null || getBooking() == null) {
      return null;
    }
    Duration length = Duration.between(booking.start(), booking.end());
    return Times.describe(Interval.of(at, length), ZoneId.of(booking.timeZone()));
  }

  private Instant moveInstant() {
    try {
      return moveTo == null || moveTo.isBlank() ? null : Instant.parse(moveTo);
    } catch (DateTimeException e) {
      return null;
    }
  }

  public BookingView getBooking() {
    if (booking == null && token != null) {
      try {
        booking = links.find(token);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return booking;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }
}
