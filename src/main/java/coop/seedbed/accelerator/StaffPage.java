package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /accelerator/admin}: staff see every cohort and programme and create new ones. The rubric
 * is typed as blocks (a line "Name | weight | what it judges", then one line per level, lowest
 * first); the form offers rows for questions, so no script is needed to add one.
 */
@Named
@RequestScoped
public class StaffPage {

  static final int QUESTION_ROWS = 8;

  @Inject ProgrammeService programmes;
  @Inject CurrentCaller caller;

  private String name;
  private String audience;
  private String offer;
  private String criteria;
  private Integer scaleLevels = 5;
  private String rubric;
  private String milestones = String.join("\n", ProgrammeService.DEFAULT_MILESTONES);
  private String track = String.join("\n", ProgrammeService.DEFAULT_TRACK);

  private String programme;
  private String cohortName;
  private String slug;
  private String startsOn;
  private String endsOn;
  private Integer capacity;
  private String timeZone = "Europe/London";
  private String opens;
  private String closes;
  private Integer reviewsPerApplication = 3;
  private Integer maxLoad;
  private boolean blind = true;
  private String faq;
  private String interviewHours;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/accelerator/admin");
    }
    if (!caller.isStaff()) {
      Pages.notFound();
    }
    return null;
  }

  public List<CohortAdminView> getCohorts() {
    return programmes.cohortsForStaff(caller.get());
  }

  public List<ProgrammeView> getProgrammes() {
    return programmes.programmes(caller.get());
  }

  public List<Integer> getQuestionRows() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < QUESTION_ROWS; i++) {
      rows.add(i);
    }
    return rows;
  }

  public String createProgramme() {
    if (Pages.attempt(
        () ->
            programmes.createProgramme(
                caller.get(),
                new ProgrammeRequest(
                    null,
                    name,
                    audience,
                    offer,
                    criteria,
                    scaleLevels,
                    rubric(rubric),
                    lines(milestones),
                    lines(track))),
        "name",
        "audience",
        "offer",
        "criteria",
        "scaleLevels",
        "rubric",
        "milestones",
        "track")) {
      Pages.notice("Programme created. Now open a cohort of it.");
      return Pages.redirect("/accelerator/admin");
    }
    return null;
  }

  public String createCohort() {
    programme =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("programme");
    CohortAdminView[] created = new CohortAdminView[1];
    if (Pages.attempt(
        () ->
            created[0] =
                programmes.createCohort(
                    caller.get(),
                    new CohortRequest(
                        programme,
                        blankToNull(slug),
                        cohortName,
                        startsOn,
                        endsOn,
                        capacity,
                        timeZone,
                        opens,
                        closes,
                        reviewsPerApplication,
                        null,
                        maxLoad,
                        null,
                        null,
                        blind,
                        faq,
                        questions(),
                        interviewHours,
                        null,
                        null)),
        "programme",
        "cohortName",
        "slug",
        "startsOn",
        "endsOn",
        "capacity",
        "timeZone",
        "opens",
        "closes",
        "reviewsPerApplication",
        "maxLoad",
        "questions",
        "interviewHours")) {
      Pages.notice("Cohort created: its call is now listed.");
      return Pages.redirect("/accelerator/" + created[0].call().slug() + "/admin");
    }
    return null;
  }

  /** The question rows of the form that have a question in them. */
  private List<QuestionRequest> questions() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    List<QuestionRequest> questions = new ArrayList<>();
    for (int i = 0; i < QUESTION_ROWS; i++) {
      String label = blankToNull(params.get("qlabel-" + i));
      if (label == null) {
        continue;
      }
      String limit = blankToNull(params.get("qlimit-" + i));
      questions.add(
          new QuestionRequest(
              params.getOrDefault("qkind-" + i, "short-text"),
              label,
              blankToNull(params.get("qhelp-" + i)),
              params.get("qrequired-" + i) != null,
              lines(params.get("qoptions-" + i)),
              limit == null || !limit.matches("[0-9]{1,5}") ? null : Integer.valueOf(limit),
              null,
              null,
              blankToNull(params.get("qstop-" + i)),
              blankToNull(params.get("qreason-" + i)),
              params.get("qidentifying-" + i) != null));
    }
    return questions;
  }

  /**
   * Rubric blocks: "Name | weight | what it judges", then a line per level; blank lines between.
   */
  static List<ProgrammeRequest.CriterionRequest> rubric(String text) {
    List<ProgrammeRequest.CriterionRequest> criteria = new ArrayList<>();
    if (text == null) {
      return criteria;
    }
    // A browser sends a textarea's line ends as CRLF, and \R\R also matches a single CRLF.
    for (String block : text.strip().replace("\r\n", "\n").split("\\R\\s*\\R")) {
      List<String> rows = lines(block);
      if (rows.isEmpty()) {
        continue;
      }
      String[] head = rows.get(0).split("\\|", 3);
      Integer weight = null;
      if (head.length > 1 && head[1].strip().matches("[0-9]{1,2}")) {
        weight = Integer.valueOf(head[1].strip());
      }
      criteria.add(
          new ProgrammeRequest.CriterionRequest(
              head[0].strip(),
              head.length > 2 ? head[2].strip() : "",
              weight,
              rows.subList(1, rows.size()).stream()
                  .map(level -> level.replaceFirst("^[0-9]+[.):]\\s*", ""))
                  .toList()));
    }
    return criteria;
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getOffer() {
    return offer;
  }

  public void setOffer(String offer) {
    this.offer = offer;
  }

  public String getCriteria() {
    return criteria;
  }

  public void setCriteria(String criteria) {
    this.criteria = criteria;
  }

  public Integer getScaleLevels() {
    return scaleLevels;
  }

  public void setScaleLevels(Integer scaleLevels) {
    this.scaleLevels = scaleLevels;
  }

  public String getRubric() {
    return rubric;
  }

  public void setRubric(String rubric) {
    this.rubric = rubric;
  }

  public String getMilestones() {
    return milestones;
  }

  public void setMilestones(String milestones) {
    this.milestones = milestones;
  }

  public String getTrack() {
    return track;
  }

  public void setTrack(String track) {
    this.track = track;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getCohortName() {
    return cohortName;
  }

  public void setCohortName(String cohortName) {
    this.cohortName = cohortName;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  public Integer getReviewsPerApplication() {
    return reviewsPerApplication;
  }

  public void setReviewsPerApplication(Integer reviewsPerApplication) {
    this.reviewsPerApplication = reviewsPerApplication;
  }

  public Integer getMaxLoad() {
    return maxLoad;
  }

  public void setMaxLoad(Integer maxLoad) {
    this.maxLoad = maxLoad;
  }

  public boolean isBlind() {
    return blind;
  }

  public void setBlind(boolean blind) {
    this.blind = blind;
  }

  public String getFaq() {
    return faq;
  }

  public void setFaq(String faq) {
    this.faq = faq;
  }

  public String getInterviewHours() {
    return interviewHours;
  }

  public void setInterviewHours(String interviewHours) {
    this.interviewHours = interviewHours;
  }
}
