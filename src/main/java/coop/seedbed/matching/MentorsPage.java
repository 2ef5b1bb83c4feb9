package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * {@code /match/mentors/{cohort}}, for staff: the optimal assignment of mentors to a cohort's
 * teams, each pair with its reasons, a form to give a team another mentor, and confirmation.
 */
@Named
@RequestScoped
public class MentorsPage {

  @Inject MentorMatchService mentors;
  @Inject CurrentCaller caller;

  private String cohort;
  private Map<String, String> params = Map.of();
  private MentorAssignmentView draft;

  @PostConstruct
  void read() {
    params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    cohort = params.get("cohort");
  }

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/match/mentors/" + cohort);
    }
    if (!caller.isStaff()) {
      Pages.notFound();
    }
    return null;
  }

  public MentorAssignmentView getDraft() {
    if (draft == null && caller.isStaff()) {
      draft = mentors.draft(caller.get(), cohort, 0, 0);
    }
    return draft;
  }

  public String propose() {
    MentorAssignmentView[] made = new MentorAssignmentView[1];
    if (Pages.attempt(() -> made[0] = mentors.propose(caller.get(), cohort))) {
      MentorAssignmentView v = made[0];
      Pages.notice(
          "Proposed: total fit "
              + v.totalFit()
              + ", worst pair "
              + v.worstFit()
              + ", "
              + v.unassigned()
              + " teams without a mentor. First come first served would have given a total of "
              + v.firstComeTotalFit()
              + " with "
              + v.firstComeUnassigned()
              + " teams without.");
      return Pages.redirect("/match/mentors/" + cohort);
    }
    return null;
  }

  public String fix() {
    long application;
    try {
      application = Long.parseLong(params.get("application"));
    } catch (NumberFormatException e) {
      return null;
    }
    String mentor = params.getOrDefault("mentor", "");
    if (Pages.attempt(
        () -> mentors.fix(caller.get(), cohort, application, new MentorRequest(mentor)))) {
      Pages.notice("Changed, and fixed: a new proposal keeps it.");
      return Pages.redirect("/match/mentors/" + cohort);
    }
    return null;
  }

  public String confirm() {
    if (Pages.attempt(() -> mentors.confirm(caller.get(), cohort))) {
      Pages.notice(
          "Confirmed: mentors are attached to their teams, and both sides have been mailed.");
      return Pages.redirect("/accelerator/" + cohort + "/admin#teams");
    }
    return null;
  }

  public String getCohort() {
    return cohort;
  }
}
