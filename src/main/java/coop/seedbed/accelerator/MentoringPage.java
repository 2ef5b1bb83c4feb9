package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /accelerator/mentoring}: the teams a person mentors, quiet ones flagged. */
@Named
@RequestScoped
public class MentoringPage {

  @Inject TeamService teams;
  @Inject CurrentCaller caller;

  private List<TeamSummaryView> mentored;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/accelerator/mentoring");
    }
    return null;
  }

  public List<TeamSummaryView> getTeams() {
    if (mentored == null) {
      mentored = caller.isSignedIn() ? teams.mentoring(caller.get()) : List.of();
    }
    return mentored;
  }
}
