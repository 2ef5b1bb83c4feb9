package coop.seedbed.booking;

import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /candle/slots}: a week of free times, in the zone the person chose (always named), each a
 * link to book it, or to move their call to it when {@code move} holds their booking link.
 */
@Named
@RequestScoped
public class SlotsPage {

  /** One day of slots, as it reads in the person's zone. */
  public record Day(String date, List<SlotView> slots) {}

  @Inject FreeTimes freeTimes;
  @Inject VolunteerService volunteers;
  @Inject Clock clock;

  private String volunteer;
  private String topic;
  private String tz;
  private String from;
  private String move;
  private List<Day> days = List.of();
  private VolunteerView volunteerView;
  private ZoneId zone = ZoneId.of("UTC");
  private LocalDate start;

  public void load() {
    try {
      zone = tz == null || tz.isBlank() ? ZoneId.of("UTC") : SlotChecks.zone(tz, "tz");
    } catch (InvalidInputException e) {
      error(e.getMessage() + " Times are shown in UTC.");
      zone = ZoneId.of("UTC");
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    start = today;
    if (from != null && !from.isBlank()) {
      try {
        start = LocalDate.parse(from);
      } catch (DateTimeParseException e) {
        error("\"" + from + "\" is not a date; showing this week.");
      }
    }
    if (start.isBefore(today)) {
      start = today;
    }
    try {
      if (volunteer != null && !volunteer.isBlank() && !volunteer.equals("anyone")) {
        volunteerView = volunteers.describe(volunteer);
      }
      Instant fromInstant = start.atStartOfDay(zone).toInstant();
      Instant to = start.plusDays(7).atStartOfDay(zone).toInstant();
      List<SlotView> slots =
          freeTimes.freeSlots(
              new FreeTimes.SlotQuery(volunteer, topic, fromInstant, to, zone.getId()));
      Map<String, List<SlotView>> byDay = new LinkedHashMap<>();
      for (SlotView slot : slots) {
        byDay.computeIfAbsent(slot.date(), d -> new ArrayList<>()).add(slot);
      }
      List<Day> list = new ArrayList<>();
      byDay.forEach((date, daySlots) -> list.add(new Day(date, daySlots)));
      days = list;
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (InvalidInputException e) {
      error(e.getMessage());
    }
  }

  /** Where choosing a slot leads: the booking form, or (when moving) the booking's own page. */
  public String link(SlotView slot) {
    if (move != null && !move.isBlank()) {
      return "/candle/bookings/" + enc(move) + "?moveTo=" + enc(slot.start().toString());
    }
    String who =
        slot.volunteer() != null ? slot.volunteer() : (volunteer == null ? "anyone" : volunteer);
    return "/candle/book?volunteer="
        + enc(who)
        + "&start="
        + enc(slot.start().toString())
        + "&tz="
        + enc(zone.getId())
        + (topic == null || topic.isBlank() ? "" : "&topic=" + enc(topic));
  }

  public String weekLink(int weeks) {
    LocalDate target = start.plusWeeks(weeks);
    return "/candle/slots?"
        + (volunteer == null ? "" : "volunteer=" + enc(volunteer) + "&")
        + (topic == null ? "" : "topic=" + enc(topic) + "&")
        + (move == null ? "" : "move=" + enc(move) + "&")
        + "tz="
        + enc(zone.getId())
        + "&from="
        + target;
  }

  public boolean isFirstWeek() {
    return !start.isAfter(LocalDate.now(clock.withZone(zone)));
  }

  public String getWeekOf() {
    return Times.DATE.format(start);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public List<Day> getDays() {
    return days;
  }

  public VolunteerView getVolunteerView() {
    return volunteerView;
  }

  public String getZone() {
    return zone.getId();
  }

  public Map<String, String> getTopics() {
    return Topics.ALL;
  }

  public String getTopicLabel() {
    return topic == null || topic.isBlank() ? null : Topics.label(topic);
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
    this.topic = topic == null || topic.isBlank() ? null : topic;
  }

  public String getTz() {
    return tz;
  }

  public void setTz(String tz) {
    this.tz = tz;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getMove() {
    return move;
  }

  public void setMove(String move) {
    this.move = move == null || move.isBlank() ? null : move;
  }
}
