package coop.seedbed.guides;

import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /guides/which-legal-form}: a short form (country, state where it matters, who owns the
 * co-op, money from outside, charity status) answered on the same page with the legal forms that
 * fit, each with why, its catch and the guides to read. Plain GET, so it works without JavaScript
 * and an answer can be shared by its address.
 */
@Named
@RequestScoped
public class LegalFormPage {

  static final String SLUG = "which-legal-form";

  /** A guide link: its address and title. */
  public record GuideLink(String href, String title) {}

  /** A candidate as the page shows it. */
  public record Shown(LegalForms.Candidate candidate, List<GuideLink> guides) {}

  /** A choice of a radio group or select. */
  public record Choice(String value, String label) {}

  @Inject LegalForms forms;
  @Inject GuideLibrary library;
  @Inject HttpServletRequest request;

  private List<Shown> shown;
  private Map<String, String> errors = new HashMap<>();
  private boolean answered;

  public void load() {
    answered = request.getParameter("country") != null;
    if (!answered) {
      return;
    }
    try {
      shown = new ArrayList<>();
      for (LegalForms.Candidate candidate :
          forms.suggest(
              new LegalForms.Needs(
                  value("country"),
                  value("region"),
                  value("owners"),
                  value("investment"),
                  value("charity")))) {
        List<GuideLink> links = new ArrayList<>();
        for (String slug : candidate.form().guides()) {
          library.current().find(slug).ifPresent(g -> links.add(new GuideLink(g.url(), g.title())));
        }
        shown.add(new Shown(candidate, links));
      }
    } catch (InvalidInputException e) {
      shown = null;
      e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
    }
  }

  public String value(String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value.strip();
  }

  public boolean isAnswered() {
    return answered && errors.isEmpty();
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public boolean isHasErrors() {
    return !errors.isEmpty();
  }

  public List<Shown> getFits() {
    return shown == null ? List.of() : shown.stream().filter(s -> s.candidate().fits()).toList();
  }

  public List<Shown> getNear() {
    return shown == null ? List.of() : shown.stream().filter(s -> !s.candidate().fits()).toList();
  }

  public boolean isElsewhere() {
    return "other".equals(value("country"));
  }

  public List<LegalForms.Country> getCountries() {
    return forms.current().countries();
  }

  public Optional<LegalForms.Country> chosenCountry() {
    return forms.current().country(value("country"));
  }

  /** The country as it reads in a sentence: "the United Kingdom", "France". */
  public String getCountryName() {
    return chosenCountry()
        .map(LegalForms.Country::name)
        .map(n -> n.startsWith("United ") || n.equals("Netherlands") ? "the " + n : n)
        .orElse("your country");
  }

  public GuideLink getCountryGuide() {
    return chosenCountry()
        .flatMap(c -> library.current().find(c.guide()))
        .map(g -> new GuideLink(g.url(), g.title()))
        .orElse(null);
  }

  public GuideLink getRegionGuide() {
    return chosenCountry().stream()
        .flatMap(c -> c.regions().stream())
        .filter(r -> r.code().equals(value("region")) && r.guide() != null)
        .findFirst()
        .flatMap(r -> library.current().find(r.guide()))
        .map(g -> new GuideLink(g.url(), g.title()))
        .orElse(null);
  }

  public List<Choice> getOwnerChoices() {
    return List.of(
        new Choice("workers", "The people who work in it"),
        new Choice("multi-stakeholder", "Workers and users or supporters together"),
        new Choice("users", "The people who use it: customers, members or platform users"));
  }

  public List<Choice> getInvestmentChoices() {
    return List.of(
        new Choice("none", "Only what the members put in themselves"),
        new Choice("members-and-community", "Shares or loans from members and the community"),
        new Choice("outside", "Investment from people or funds outside the membership"));
  }

  public List<Choice> getCharityChoices() {
    return List.of(
        new Choice("no", "No, a trading co-op is what we want"),
        new Choice("yes", "Yes, charity or public-benefit status matters to us"));
  }

  public String checked(String name, String choice, String fallback) {
    String value = value(name);
    return (value.isEmpty() ? fallback : value).equals(choice) ? "checked" : null;
  }

  public String selected(String name, String choice) {
    return value(name).equals(choice) ? "selected" : null;
  }
}
