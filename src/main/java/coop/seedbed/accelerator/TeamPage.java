package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * {@code /accelerator/teams/{id}}: a running team's page. Members mark milestones done and check
 * in; mentors and staff write notes; everyone on it sees the cohort's sessions in the zone they
 * chose (named beside every time) and members get their private calendar address.
 */
@Named
@RequestScoped
public class TeamPage {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  private Long id;
  private String tz;
  private TeamView team;
  private String progress;
  private String blockers;
  private String body;

  @PostConstruct
  void readParameters() {
    Map<String, String> params = RunPages.params();
    id = RunPages.id(params.get("id"));
    tz = params.get("tz");
  }

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    if (getTeam() == null) {
      return;
    }
    // This fortnight's check-in, ready to be corrected.
    team.checkIns().stream()
        .filter(ci -> ci.period() == team.fortnight())
        .findFirst()
        .ifPresent(
            ci -> {
              progress = ci.progress();
              blockers = ci.blockers();
            });
  }

  public TeamView getTeam() {
    if (team == null && id != null) {
      try {
        team = RunPages.read(() -> teams.team(caller.get(), id, tz), here());
      } catch (InvalidInputException e) {
        RunPages.error(e);
        tz = null;
        team = RunPages.read(() -> teams.team(caller.get(), id, null), here());
      }
    }
    return team;
  }

  public boolean isMember() {
    return getTeam() != null && team.role().equals("member");
  }

  public boolean isAdviser() {
    return getTeam() != null && !team.role().equals("member");
  }

  public String markMilestone() {
    Map<String, String> params = RunPages.params();
    Long milestone = RunPages.id(params.get("milestoneId"));
    boolean done = "true".equals(params.get("done"));
    String note = params.get("note");
    if (Pages.attempt(
        () ->
            teams.markMilestone(
                caller.get(),
                id,
                milestone == null ? -1 : milestone,
                new MilestoneRequest(done, note)))) {
      Pages.notice(done ? "Marked done. Well done!" : "Marked as not done yet.");
      return Pages.redirect(link("#milestones"));
    }
    return null;
  }

  public String checkIn() {
    if (Pages.attempt(
        () -> teams.checkIn(caller.get(), id, new CheckInRequest(progress, blockers)),
        "progress",
        "blockers")) {
      Pages.notice("Thank you: your check-in for this fortnight is saved.");
      return Pages.redirect(link("#checkins"));
    }
    return null;
  }

  public String addNote() {
    if (Pages.attempt(() -> teams.addNote(caller.get(), id, new NoteRequest(body)), "body")) {
      Pages.notice("Note saved; the team can read it here.");
      return Pages.redirect(link("#notes"));
    }
    return null;
  }

  private String link(String anchor) {
    return "/accelerator/teams/"
        + id
        + (tz == null || tz.isBlank() ? "" : "?tz=" + RunPages.enc(tz))
        + anchor;
  }

  private String here() {
    return "/accelerator/teams/" + id;
  }

  public Long getId() {
    return id;
  }

  public String getZone() {
    return getTeam() == null ? "" : team.timeZone();
  }

  public String getProgress() {
    return progress;
  }

  public void setProgress(String progress) {
    this.progress = progress;
  }

  public String getBlockers() {
    return blockers;
  }

  public void setBlockers(String blockers) {
    this.blockers = blockers;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
