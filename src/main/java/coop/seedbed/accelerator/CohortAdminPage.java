package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /accelerator/{cohort}/admin}: one cohort for staff: its places and window (extend it), its
 * review panel, the optimal assignment, the ranking board (normalised or raw) with a decision per
 * team, the progress of review, the decision mails, and the exports.
 */
@Named
@RequestScoped
public class CohortAdminPage {

  @Inject ProgrammeService programmes;
  @Inject AssignmentService assignment;
  @Inject RankingService ranking;
  @Inject DecisionService decisions;
  @Inject SessionService sessions;
  @Inject TeamService teams;
  @Inject InterviewService interviews;
  @Inject CurrentCaller caller;

  private String cohort;
  private boolean normalise = true;
  private int page = 1;
  private Map<String, String> params = Map.of();
  private CohortAdminView view;
  private RankingView board;
  private ProgressView progress;
  private String closes;
  private String reviewerEmail;
  private String sectors;
  private String topics;
  private String dueAt;
  private String acceptMail;
  private String waitlistMail;
  private String declineMail;
  private String note;
  private String sessionKind = "workshop";
  private String sessionTitle;
  private String sessionDescription;
  private String sessionStart;
  private String sessionEnd;
  private String sessionCallUrl;
  private String sessionPlace;
  private String mentorEmail;

  @PostConstruct
  void read() {
    params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    cohort = params.get("cohort");
    normalise = !"false".equals(params.get("normalise"));
    try {
      page = Math.max(1, Integer.parseInt(params.getOrDefault("page", "1")));
    } catch (NumberFormatException e) {
      page = 1;
    }
  }

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/accelerator/" + cohort + "/admin");
    }
    if (!caller.isStaff() || getView() == null) {
      Pages.notFound();
      return null;
    }
    closes = view.call().closesLocal().toString();
    acceptMail = view.acceptMail() == null ? DecisionMails.ACCEPT : view.acceptMail();
    waitlistMail = view.waitlistMail() == null ? DecisionMails.WAITLIST : view.waitlistMail();
    declineMail = view.declineMail() == null ? DecisionMails.DECLINE : view.declineMail();
    return null;
  }

  public CohortAdminView getView() {
    if (view == null && cohort != null && caller.isStaff()) {
      try {
        view = programmes.describeForStaff(caller.get(), cohort);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return view;
  }

  public RankingView getBoard() {
    if (board == null) {
      board = ranking.ranking(caller.get(), cohort, normalise).page(page, RankingService.PAGE);
    }
    return board;
  }

  public ProgressView getProgress() {
    if (progress == null) {
      progress = ranking.progress(caller.get(), cohort);
    }
    return progress;
  }

  public List<SessionView> getSessions() {
    return sessions.sessions(caller.get(), cohort);
  }

  public List<TeamSummaryView> getTeams() {
    return teams.overview(caller.get(), cohort);
  }

  /** Sessions are typed in the cohort's own zone, as staff plan them. */
  public String createSession() {
    if (Pages.attempt(
        () ->
            sessions.create(
                caller.get(),
                cohort,
                new SessionRequest(
                    sessionKind,
                    sessionTitle,
                    sessionDescription,
                    utc(sessionStart),
                    utc(sessionEnd),
                    sessionCallUrl,
                    sessionPlace)),
        "sessionTitle",
        "sessionStart",
        "sessionEnd")) {
      Pages.notice("Session added; every participant has the invite.");
      return Pages.redirect(self() + "#sessions");
    }
    return null;
  }

  public String cancelSession() {
    long session;
    try {
      session = Long.parseLong(params.get("session"));
    } catch (NumberFormatException e) {
      return null;
    }
    if (Pages.attempt(() -> sessions.cancel(caller.get(), session))) {
      Pages.notice("Session cancelled; participants have the cancellation.");
      return Pages.redirect(self() + "#sessions");
    }
    return null;
  }

  public String shortlist() {
    long application;
    try {
      application = Long.parseLong(params.get("application"));
    } catch (NumberFormatException e) {
      return null;
    }
    boolean on = "true".equals(params.get("shortlisted"));
    if (Pages.attempt(
        () -> interviews.shortlist(caller.get(), application, new ShortlistRequest(on)))) {
      Pages.notice(
          on ? "Shortlisted: the team can book an interview." : "Taken off the shortlist.");
      return Pages.redirect(self() + "#board");
    }
    return null;
  }

  public String addMentor() {
    long application;
    try {
      application = Long.parseLong(params.get("application"));
    } catch (NumberFormatException e) {
      return null;
    }
    String email = params.getOrDefault("mentorEmail", "").strip();
    if (Pages.attempt(() -> teams.addMentor(caller.get(), application, email))) {
      Pages.notice("Mentor attached and mailed.");
      return Pages.redirect(self() + "#teams");
    }
    return null;
  }

  /** A local time in the cohort's zone as UTC; anything else is passed on to be refused. */
  private String utc(String local) {
    if (local == null || local.isBlank()) {
      return local;
    }
    try {
      return LocalDateTime.parse(local.strip())
          .atZone(ZoneId.of(getView().call().timeZone()))
          .toInstant()
          .toString();
    } catch (DateTimeException e) {
      return local;
    }
  }

  public List<ReviewerView> getPanel() {
    return programmes.reviewers(caller.get(), cohort);
  }

  public String extend() {
    if (Pages.attempt(
        () -> programmes.changeWindow(caller.get(), cohort, new WindowRequest(null, closes, null)),
        "closes")) {
      Pages.notice("The window now closes at the new time.");
      return Pages.redirect(self());
    }
    return null;
  }

  public String addReviewer() {
    if (Pages.attempt(
        () ->
            programmes.setReviewer(
                caller.get(),
                cohort,
                reviewerEmail == null ? "" : reviewerEmail.strip(),
                new ExpertiseRequest(tags(sectors), tags(topics))),
        "reviewerEmail",
        "sectors",
        "topics")) {
      Pages.notice("On the panel.");
      return Pages.redirect(self() + "#panel");
    }
    return null;
  }

  public String assign() {
    AssignmentReport[] report = new AssignmentReport[1];
    if (Pages.attempt(
        () ->
            report[0] =
                assignment.assign(
                    caller.get(),
                    cohort,
                    new AssignRequest(dueAt == null || dueAt.isBlank() ? null : dueAt)),
        "dueAt")) {
      AssignmentReport r = report[0];
      Pages.notice(
          String.format(
              Locale.ROOT,
              "Assigned: %d new, %d kept, %d taken back. Total fit %d, worst pair %d; a greedy"
                  + " assignment would have had %d and %d%s.",
              r.added(),
              r.kept(),
              r.removed(),
              r.totalFit(),
              r.worstFit(),
              r.greedyTotalFit(),
              r.greedyWorstFit(),
              r.greedyUnfilled() == 0 ? "" : ", with " + r.greedyUnfilled() + " seats empty"));
      return Pages.redirect(self() + "#progress");
    }
    return null;
  }

  public String accept() {
    return decide("accept");
  }

  public String waitlist() {
    return decide("waitlist");
  }

  public String decline() {
    return decide("decline");
  }

  private String decide(String decision) {
    long application;
    try {
      application = Long.parseLong(params.get("application"));
    } catch (NumberFormatException e) {
      return null;
    }
    if (Pages.attempt(
        () ->
            decisions.decide(
                caller.get(), application, new DecisionRequest(decision, note, null)))) {
      Pages.notice("Decided, and the team mailed.");
      return Pages.redirect(self() + "#board");
    }
    return null;
  }

  public String saveMails() {
    if (Pages.attempt(
        () ->
            programmes.changeMailTemplates(
                caller.get(),
                cohort,
                new MailTemplatesRequest(
                    same(acceptMail, DecisionMails.ACCEPT),
                    same(waitlistMail, DecisionMails.WAITLIST),
                    same(declineMail, DecisionMails.DECLINE))),
        "accept",
        "waitlist",
        "decline")) {
      Pages.notice("Decision mails saved.");
      return Pages.redirect(self() + "#mails");
    }
    return null;
  }

  /** Seedbed's own words, kept as "none" so that improving them later reaches this cohort too. */
  private static String same(String typed, String own) {
    return typed == null || typed.strip().equals(own.strip()) ? null : typed;
  }

  public String format(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static List<String> tags(String text) {
    return text == null ? List.of() : Arrays.asList(text.split(","));
  }

  private String self() {
    return "/accelerator/" + cohort + "/admin";
  }

  public String getCohort() {
    return cohort;
  }

  public int getPage() {
    return page;
  }

  public boolean isLastPage() {
    return getBoard().page() * getBoard().size() >= getBoard().total();
  }

  public boolean isNormalise() {
    return normalise;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  public String getReviewerEmail() {
    return reviewerEmail;
  }

  public void setReviewerEmail(String reviewerEmail) {
    this.reviewerEmail = reviewerEmail;
  }

  public String getSectors() {
    return sectors;
  }

  public void setSectors(String sectors) {
    this.sectors = sectors;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getDueAt() {
    return dueAt;
  }

  public void setDueAt(String dueAt) {
    this.dueAt = dueAt;
  }

  public String getAcceptMail() {
    return acceptMail;
  }

  public void setAcceptMail(String acceptMail) {
    this.acceptMail = acceptMail;
  }

  public String getWaitlistMail() {
    return waitlistMail;
  }

  public void setWaitlistMail(String waitlistMail) {
    this.waitlistMail = waitlistMail;
  }

  public String getDeclineMail() {
    return declineMail;
  }

  public void setDeclineMail(String declineMail) {
    this.declineMail = declineMail;
  }

  public String getSessionKind() {
    return sessionKind;
  }

  public void setSessionKind(String sessionKind) {
    this.sessionKind = sessionKind;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public void setSessionTitle(String sessionTitle) {
    this.sessionTitle = sessionTitle;
  }

  public String getSessionDescription() {
    return sessionDescription;
  }

  public void setSessionDescription(String sessionDescription) {
    this.sessionDescription = sessionDescription;
  }

  public String getSessionStart() {
    return sessionStart;
  }

  public void setSessionStart(String sessionStart) {
    this.sessionStart = sessionStart;
  }

  public String getSessionEnd() {
    return sessionEnd;
  }

  public void setSessionEnd(String sessionEnd) {
    this.sessionEnd = sessionEnd;
  }

  public String getSessionCallUrl() {
    return sessionCallUrl;
  }

  public void setSessionCallUrl(String sessionCallUrl) {
    this.sessionCallUrl = sessionCallUrl;
  }

  public String getSessionPlace() {
    return sessionPlace;
  }

  public void setSessionPlace(String sessionPlace) {
    this.sessionPlace = sessionPlace;
  }

  public String getMentorEmail() {
    return mentorEmail;
  }

  public void setMentorEmail(String mentorEmail) {
    this.mentorEmail = mentorEmail;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
