package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /accelerator/applications/{id}/interview}: a shortlisted team's week of the panel's free
 * times in the zone the visitor chose (always named), each a button that books it (or moves the
 * team's interview there), and the interview booked, with a button to cancel it. No script.
 */
@Named
@RequestScoped
public class InterviewPage {

  /** One day of free times, as it reads in the visitor's zone. */
  public record Day(String date, List<InterviewSlotView> slots) {}

  @Inject InterviewService interviews;
  @Inject CurrentCaller caller;

  private Long id;
  private String tz;
  private LocalDate from;
  private InterviewService.Week week;

  /** Reads the parameters at once: on a post they decide what the page holds before any action. */
  @PostConstruct
  void readParameters() {
    Map<String, String> params = RunPages.params();
    id = RunPages.id(params.get("id"));
    tz = params.get("tz");
    try {
      from = params.get("from") == null ? null : LocalDate.parse(params.get("from"));
    } catch (DateTimeException e) {
      from = null;
    }
  }

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    getWeek();
  }

  public InterviewService.Week getWeek() {
    if (week == null && id != null) {
      try {
        week = RunPages.read(() -> interviews.week(caller.get(), id, tz, from), here());
      } catch (InvalidInputException e) {
        RunPages.error(e);
        tz = null;
        week = RunPages.read(() -> interviews.week(caller.get(), id, null, from), here());
      }
    }
    return week;
  }

  public List<Day> getDays() {
    Map<String, List<InterviewSlotView>> byDay = new LinkedHashMap<>();
    if (getWeek() != null) {
      for (InterviewSlotView slot : week.slots()) {
        byDay.computeIfAbsent(slot.date(), d -> new ArrayList<>()).add(slot);
      }
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach((date, slots) -> days.add(new Day(date, slots)));
    return days;
  }

  public String book() {
    String start = RunPages.params().get("start");
    if (Pages.attempt(
        () -> interviews.book(caller.get(), id, new InterviewRequest(start, zone())))) {
      Pages.notice("Your interview is booked. Everyone on your team has the invite in their mail.");
      return Pages.redirect(link(null));
    }
    return null;
  }

  public String cancel() {
    if (Pages.attempt(() -> interviews.cancel(caller.get(), id))) {
      Pages.notice("Your interview is cancelled; your team has been told. Choose another time.");
      return Pages.redirect(link(null));
    }
    return null;
  }

  /** This page for another week, in the same zone. */
  public String weekLink(int weeks) {
    return link(getWeek() == null ? null : week.firstDay().plusWeeks(weeks));
  }

  public String getWeekOf() {
    return getWeek() == null ? "" : Times.DAY.format(week.firstDay());
  }

  private String link(LocalDate first) {
    return "/accelerator/applications/"
        + id
        + "/interview?tz="
        + RunPages.enc(zone())
        + (first == null ? "" : "&from=" + first);
  }

  private String zone() {
    return week != null ? week.timeZone() : tz == null ? "" : tz;
  }

  private String here() {
    return "/accelerator/applications/" + id + "/interview";
  }

  public Long getId() {
    return id;
  }

  public String getZone() {
    return zone();
  }

  public String getFrom() {
    return getWeek() == null ? "" : week.firstDay().toString();
  }
}
