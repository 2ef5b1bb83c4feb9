package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.Markdown;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /accelerator/{cohort}}: the call (who it is for, what it offers, how teams are chosen, the
 * rubric, dates and FAQ, the deadline in the cohort's zone and the visitor's), and for a signed-in
 * person the first step of applying: a name for the project and the eligibility questions.
 */
@Named
@RequestScoped
public class CallPage {

  @Inject ProgrammeService programmes;
  @Inject ApplicationService applications;
  @Inject CurrentCaller caller;

  private String cohort;
  private String tz;
  private String projectName;
  private String name;
  private String existing;
  private final Map<String, String> eligibility = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();
  private CallView call;
  private boolean missing;

  /** The cohort comes from the address on a GET and from a hidden field on the form's POST. */
  @PostConstruct
  void read() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    cohort = params.get("cohort");
    tz = params.get("tz");
    params.forEach(
        (key, value) -> {
          if (key.matches("q[0-9]{1,18}")) {
            eligibility.put(key, value);
          }
        });
  }

  public void load() {
    if (getCall() == null) {
      Pages.notFound();
    }
  }

  public CallView getCall() {
    if (call == null && !missing && cohort != null) {
      try {
        call = programmes.call(cohort);
      } catch (NotFoundException e) {
        missing = true;
      }
    }
    return call;
  }

  public String start() {
    boolean done =
        Pages.attempt(
            () -> {
              try {
                ApplicationView draft =
                    applications.start(
                        caller.get(),
                        cohort,
                        new StartRequest(projectName, name, Map.copyOf(eligibility)));
                existing = "/accelerator/applications/" + draft.id();
              } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.put(error.field(), error.message()));
                throw e;
              } catch (ConflictException e) {
                existing = e.existing().orElse(null);
                throw e;
              }
            },
            "projectName",
            "name");
    if (done) {
      Pages.notice("Your application is started and saved. Fill it in at your own pace.");
      return Pages.redirect(existing);
    }
    return null;
  }

  public List<QuestionView> getEligibilityQuestions() {
    return getCall() == null
        ? List.of()
        : getCall().questions().stream().filter(q -> q.is("eligibility")).toList();
  }

  public String html(String markdown) {
    return markdown == null ? "" : Markdown.toSafeHtml(markdown);
  }

  public String getOpens() {
    return Times.local(getCall().opensLocal(), ZoneId.of(getCall().timeZone()));
  }

  public String getCloses() {
    return Times.local(getCall().closesLocal(), ZoneId.of(getCall().timeZone()));
  }

  public String inYourZone(Instant instant) {
    return Times.at(instant, Times.visitorZone(tz));
  }

  public String getZone() {
    return Times.visitorZone(tz).getId();
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String chosen(String code) {
    return eligibility.get(code);
  }

  public String getExisting() {
    return existing;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getTz() {
    return tz;
  }

  public void setTz(String tz) {
    this.tz = tz;
  }

  public String getProjectName() {
    return projectName;
  }

  public void setProjectName(String projectName) {
    this.projectName = projectName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
