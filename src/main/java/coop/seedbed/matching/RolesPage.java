package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.directory.FindListings;
import coop.seedbed.directory.OrganisationView;
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
 * {@code /match/roles}: a maintainer's open roles, on each listing they keep, with a form to post
 * one and a button to close one.
 */
@Named
@RequestScoped
public class RolesPage {

  @Inject RoleService roles;
  @Inject FindListings directory;
  @Inject CurrentCaller caller;

  private String title;
  private String description;
  private String skills;
  private Integer hoursPerWeek = 10;
  private boolean remote = true;
  private String languages = "en";
  private String howToApply;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/match/roles");
    }
    return null;
  }

  public List<OrganisationView> getListings() {
    return caller.isSignedIn() ? directory.maintainedBy(caller.get()) : List.of();
  }

  public List<RoleView> roles(String slug) {
    return roles.roles(caller.get(), slug);
  }

  public String post() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String slug = params.getOrDefault("organisation", "");
    if (Pages.attempt(
        () ->
            roles.post(
                caller.get(),
                slug,
                new RoleRequest(
                    title,
                    description,
                    split(skills),
                    List.of(),
                    List.of(),
                    hoursPerWeek,
                    remote,
                    split(languages),
                    howToApply)),
        "title",
        "description",
        "skills",
        "hoursPerWeek",
        "languages",
        "howToApply")) {
      Pages.notice("Role posted: it is suggested to people who fit it.");
      return Pages.redirect("/match/roles");
    }
    return null;
  }

  public String close() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    long id;
    try {
      id = Long.parseLong(params.get("role"));
    } catch (NumberFormatException e) {
      return null;
    }
    if (Pages.attempt(
        () -> roles.close(caller.get(), params.getOrDefault("organisation", ""), id))) {
      Pages.notice("Role closed.");
      return Pages.redirect("/match/roles");
    }
    return null;
  }

  public Map<String, String> getSkillChoices() {
    return Skills.LABELS;
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : new ArrayList<>(
            Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public Integer getHoursPerWeek() {
    return hoursPerWeek;
  }

  public void setHoursPerWeek(Integer hoursPerWeek) {
    this.hoursPerWeek = hoursPerWeek;
  }

  public boolean isRemote() {
    return remote;
  }

  public void setRemote(boolean remote) {
    this.remote = remote;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getHowToApply() {
    return howToApply;
  }

  public void setHowToApply(String howToApply) {
    this.howToApply = howToApply;
  }
}
