package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.NotSignedInException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /accelerator/applications/{id}}: a team's application in one page. While the window is
 * open: the form (saved on the server with a button, no script needed), files, the team and its
 * invitations, submit. Always: where it stands, the deadline, withdrawal, and once decided, the
 * offer to answer or the ways on. Answers are plain inputs named by question code, read from the
 * request, so any number of questions of any kind fit one form; errors show beside each.
 */
@Named
@RequestScoped
public class ApplicationPage {

  static final String[] FIELDS = {
    "projectName", "website", "organisation", "sector", "topics", "country", "summary"
  };

  @Inject ApplicationService applications;
  @Inject DecisionService decisions;
  @Inject ProgrammeService programmes;
  @Inject CurrentCaller caller;

  private long id;
  private boolean postback;
  private ApplicationView application;
  private CallView call;
  private final Map<String, String[]> posted = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();
  private String projectName;
  private String website;
  private String organisation;
  private String sector;
  private String topics;
  private String country;
  private String summary;
  private String question;
  private Part file;
  private String inviteName;
  private String inviteEmail;

  @PostConstruct
  void read() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String given = context.getRequestParameterMap().get("id");
    try {
      id = given == null ? 0 : Long.parseLong(given);
    } catch (NumberFormatException e) {
      id = 0;
    }
    postback = FacesContext.getCurrentInstance().isPostback();
    context
        .getRequestParameterValuesMap()
        .forEach(
            (key, values) -> {
              if (key.matches("q[0-9]{1,18}")) {
                posted.put(key, values);
              }
            });
  }

  /** On a GET: the application, or sign-in first, or 404 for anyone not on the team. */
  public String load() {
    try {
      ApplicationView a = getApplication();
      if (a == null) {
        Pages.notFound();
        return null;
      }
      projectName = a.projectName();
      website = a.website();
      organisation = a.organisation();
      sector = a.sector();
      topics = String.join(", ", a.topics());
      country = a.country();
      summary = a.summary();
    } catch (NotSignedInException e) {
      return Pages.redirect("/signin?next=/accelerator/applications/" + id);
    }
    return null;
  }

  public ApplicationView getApplication() {
    if (application == null && id > 0) {
      try {
        application = applications.find(caller.get(), id);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return application;
  }

  public CallView getCall() {
    if (call == null && getApplication() != null) {
      call = programmes.call(getApplication().cohort());
    }
    return call;
  }

  /** The questions answered in the form: all but files, eligibility first. */
  public List<QuestionView> getQuestions() {
    return getCall().questions().stream().filter(q -> !q.is("file")).toList();
  }

  public List<QuestionView> getFileQuestions() {
    return getCall().questions().stream().filter(q -> q.is("file")).toList();
  }

  public ApplicationView.FileView file(String code) {
    return getApplication().files().stream()
        .filter(f -> f.question().equals(code))
        .findFirst()
        .orElse(null);
  }

  /** What an answer's input shows: what was just posted, else what is saved. */
  public String answer(String code) {
    if (postback) {
      String[] values = posted.get(code);
      return values == null || values.length == 0 ? "" : values[0];
    }
    String saved = getApplication().answers().get(code);
    return saved == null ? "" : saved;
  }

  /** Whether a choice is chosen, for radios and checkboxes. */
  public boolean chosen(String code, String option) {
    if (postback) {
      String[] values = posted.get(code);
      return values != null && Arrays.asList(values).contains(option);
    }
    String saved = getApplication().answers().get(code);
    return saved != null && Arrays.asList(saved.split("\n")).contains(option);
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String save() {
    if (attemptSave()) {
      Pages.notice("Saved. Anyone on your team can carry on from here, on any device.");
      return Pages.redirect(self());
    }
    return null;
  }

  public String submit() {
    if (!attemptSave()) {
      return null;
    }
    if (attempt(() -> applications.submit(caller.get(), id))) {
      Pages.notice(
          "Submitted. Everyone on your team has been mailed a copy of your answers. You can still"
              + " change them until the deadline.");
      return Pages.redirect(self());
    }
    return null;
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      errors.put("file", "Choose a file to upload.");
      Pages.attempt(
          () -> {
            throw new InvalidInputException("file", "Choose a file to upload.");
          },
          "file");
      return null;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String code = question == null ? "" : question;
    if (attempt(
        () -> applications.upload(caller.get(), id, code, file.getSubmittedFileName(), bytes))) {
      Pages.notice("File stored. Its text is being read, so reviewers can search it.");
      return Pages.redirect(self() + "#files");
    }
    return null;
  }

  public String invite() {
    if (attempt(
        () ->
            applications.invite(
                caller.get(), id, new InviteMemberRequest(inviteEmail, inviteName)))) {
      Pages.notice("Invitation sent. They join the team once they confirm from the mail.");
      return Pages.redirect(self() + "#team");
    }
    return null;
  }

  public String remove() {
    String given =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("member");
    long member;
    try {
      member = Long.parseLong(given);
    } catch (NumberFormatException e) {
      return null;
    }
    if (attempt(() -> applications.removeMember(caller.get(), id, member))) {
      Pages.notice("Taken off the team.");
      return Pages.redirect(self() + "#team");
    }
    return null;
  }

  public String withdraw() {
    if (attempt(() -> applications.withdraw(caller.get(), id))) {
      Pages.notice("Your application is withdrawn.");
      return Pages.redirect(self());
    }
    return null;
  }

  public String acceptPlace() {
    return respond(true);
  }

  public String declinePlace() {
    return respond(false);
  }

  private String respond(boolean accept) {
    if (attempt(() -> decisions.respond(caller.get(), id, accept))) {
      Pages.notice(
          accept
              ? "Welcome to the cohort! Your team's page has your milestones and sessions."
              : "You have turned the place down; it goes to the next team waiting.");
      return Pages.redirect(self());
    }
    return null;
  }

  private boolean attemptSave() {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (QuestionView q : getQuestions()) {
      String[] values = posted.get(q.code());
      if (q.is("multiple-choice")) {
        answers.put(q.code(), values == null ? List.of() : Arrays.asList(values));
      } else {
        answers.put(q.code(), values == null || values.length == 0 ? null : values[0]);
      }
    }
    List<String> topicList =
        topics == null ? List.of() : new ArrayList<>(Arrays.asList(topics.split(",")));
    return attempt(
        () ->
            applications.save(
                caller.get(),
                id,
                new DraftRequest(
                    projectName,
                    website,
                    organisation,
                    sector,
                    topicList,
                    country,
                    summary,
                    answers)));
  }

  /** Runs a use case, keeping each field's message to show beside it. */
  private boolean attempt(Runnable action) {
    return Pages.attempt(
        () -> {
          try {
            action.run();
          } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
            throw e;
          }
        },
        fields());
  }

  private static String[] fields() {
    String[] all = Arrays.copyOf(FIELDS, FIELDS.length + 3);
    all[FIELDS.length] = "file";
    all[FIELDS.length + 1] = "inviteEmail";
    all[FIELDS.length + 2] = "inviteName";
    return all;
  }

  private String self() {
    return "/accelerator/applications/" + id;
  }

  public String getCloses() {
    return Times.local(getCall().closesLocal(), ZoneId.of(getCall().timeZone()));
  }

  public String respondBy() {
    ApplicationView a = getApplication();
    return a.respondBy() == null ? null : Times.at(a.respondBy(), ZoneId.of(a.timeZone()));
  }

  public boolean isLead() {
    return getApplication().members().stream()
        .anyMatch(m -> m.lead() && m.email().equalsIgnoreCase(String.valueOf(caller.getEmail())));
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getProjectName() {
    return projectName;
  }

  public void setProjectName(String projectName) {
    this.projectName = projectName;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getInviteName() {
    return inviteName;
  }

  public void setInviteName(String inviteName) {
    this.inviteName = inviteName;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }
}
