package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /match}: your profile (made or changed in one form, no script needed) and your
 * suggestions, each with its reasons and a way to ask for an introduction, hide it or block the
 * person. Choices are plain checkboxes read from the request, so the form holds any number.
 */
@Named
@RequestScoped
public class MatchPage {

  static final String[] FIELDS = {
    "name",
    "wants",
    "skills",
    "tags",
    "sectors",
    "decision",
    "pay",
    "hoursPerWeek",
    "availableFrom",
    "city",
    "country",
    "radiusKm",
    "timeZone",
    "workStart",
    "workEnd",
    "workDays",
    "languages",
    "about",
    "mentorCapacity",
    "visibility",
    "note"
  };

  @Inject ProfileService profiles;
  @Inject SuggestionService suggestions;
  @Inject IntroductionService introductions;
  @Inject BlockService blocks;
  @Inject CurrentCaller caller;

  private boolean postback;
  private Map<String, String[]> params = Map.of();
  private Optional<ProfileView> mine;
  private Map<String, List<SuggestionView>> lists;
  private String suggestionsProblem;
  private final Map<String, String> errors = new HashMap<>();

  @PostConstruct
  void read() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    params = context.getRequestParameterValuesMap();
    postback = faces.isPostback();
  }

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/match");
    }
    return null;
  }

  public ProfileView getProfile() {
    if (mine == null) {
      mine = caller.isSignedIn() ? profiles.mine(caller.get()) : Optional.empty();
    }
    return mine.orElse(null);
  }

  public Map<String, List<SuggestionView>> getSuggestions() {
    if (lists == null) {
      lists = new LinkedHashMap<>();
      if (getProfile() != null) {
        try {
          lists = suggestions.suggestions(caller.get(), null);
        } catch (RuntimeException e) {
          suggestionsProblem = e.getMessage();
        }
      }
    }
    return lists;
  }

  public List<Map.Entry<String, List<SuggestionView>>> getSuggestionLists() {
    return new ArrayList<>(getSuggestions().entrySet());
  }

  public String getSuggestionsProblem() {
    getSuggestions();
    return suggestionsProblem;
  }

  public String listTitle(String list) {
    return switch (list) {
      case "people" -> "People to start a co-op with";
      case "roles" -> "Co-ops with an open role for you";
      case "mentors" -> "Mentors";
      default -> "People who would like a mentor";
    };
  }

  // The form's values: what was just posted, else the saved profile, else a sensible start.

  public String value(String field) {
    if (postback) {
      String[] values = params.get(field);
      return values == null || values.length == 0 ? "" : values[0];
    }
    ProfileView p = getProfile();
    if (p == null) {
      return switch (field) {
        case "hoursPerWeek" -> "10";
        case "timeZone" -> "UTC";
        case "workStart" -> "09:00";
        case "workEnd" -> "17:00";
        case "languages" -> "en";
        case "mentorCapacity" -> "0";
        default -> "";
      };
    }
    return switch (field) {
      case "name" -> p.name();
      case "tags" -> String.join(", ", p.tags());
      case "sectors" -> String.join(", ", p.sectors());
      case "hoursPerWeek" -> String.valueOf(p.hoursPerWeek());
      case "availableFrom" -> p.availableFrom() == null ? "" : p.availableFrom().toString();
      case "city" -> nullToEmpty(p.city());
      case "country" -> nullToEmpty(p.country());
      case "radiusKm" -> p.radiusKm() == null ? "" : String.valueOf(p.radiusKm());
      case "timeZone" -> p.timeZone();
      case "workStart" -> p.workStart();
      case "workEnd" -> p.workEnd();
      case "languages" -> String.join(", ", p.languages());
      case "about" -> p.about();
      case "mentorCapacity" -> String.valueOf(p.mentorCapacity());
      default -> "";
    };
  }

  /** Whether a checkbox or radio is chosen. */
  public boolean chosen(String field, String option) {
    if (postback) {
      String[] values = params.get(field);
      return values != null && Arrays.asList(values).contains(option);
    }
    ProfileView p = getProfile();
    if (p == null) {
      return switch (field) {
        case "workDays" -> !option.equals("SA") && !option.equals("SU");
        case "visibility" -> option.equals("members");
        case "remote" -> true;
        default -> false;
      };
    }
    return switch (field) {
      case "wants" -> p.wants().contains(option);
      case "skills" -> p.skills().contains(option);
      case "decision" -> p.decision().contains(option);
      case "pay" -> p.pay().contains(option);
      case "workDays" -> p.workDays().contains(option);
      case "visibility" -> p.visibility().equals(option);
      case "remote" -> p.remote();
      case "overlapMatters" -> p.overlapMatters();
      case "circle" -> p.circle();
      case "paused" -> p.paused();
      default -> false;
    };
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String save() {
    if (attempt(() -> profiles.save(caller.get(), request()))) {
      Pages.notice("Profile saved.");
      return Pages.redirect("/match");
    }
    return null;
  }

  public String deleteProfile() {
    if (attempt(() -> profiles.delete(caller.get()))) {
      Pages.notice("Your profile is deleted; nobody is shown it any more.");
      return Pages.redirect("/match");
    }
    return null;
  }

  public String ask() {
    Long profile = number("profile");
    Long role = number("role");
    String note = first("note");
    if (attempt(() -> introductions.ask(caller.get(), new AskRequest(profile, role, note)))) {
      Pages.notice(
          "Asked. They get a mail; you both get each other's address only if they say yes.");
      return Pages.redirect("/match/introductions");
    }
    return null;
  }

  public String hide() {
    String kind = first("kind");
    Long id = number("target");
    if (attempt(() -> suggestions.hide(caller.get(), kind, id))) {
      Pages.notice("Hidden: you will not be shown it again.");
      return Pages.redirect("/match");
    }
    return null;
  }

  public String block() {
    Long profile = number("profile");
    if (attempt(() -> blocks.block(caller.get(), new BlockRequest(profile)))) {
      Pages.notice("Blocked: neither of you will see the other again.");
      return Pages.redirect("/match");
    }
    return null;
  }

  private ProfileRequest request() {
    return new ProfileRequest(
        first("name"),
        all("wants"),
        all("skills"),
        commas("tags"),
        commas("sectors"),
        all("decision"),
        all("pay"),
        integer("hoursPerWeek"),
        first("availableFrom"),
        first("city"),
        first("country"),
        null,
        null,
        integer("radiusKm"),
        params.containsKey("remote"),
        first("timeZone"),
        first("workStart"),
        first("workEnd"),
        all("workDays"),
        params.containsKey("overlapMatters"),
        commas("languages"),
        first("about"),
        integer("mentorCapacity"),
        params.containsKey("circle"),
        first("visibility"),
        params.containsKey("paused"));
  }

  private boolean attempt(Runnable action) {
    return Pages.attempt(
        () -> {
          try {
            action.run();
          } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
            throw e;
          }
        });
  }

  private String first(String field) {
    String[] values = params.get(field);
    return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
  }

  private List<String> all(String field) {
    String[] values = params.get(field);
    return values == null ? List.of() : Arrays.asList(values);
  }

  private List<String> commas(String field) {
    String value = first(field);
    return value == null
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private Integer integer(String field) {
    String value = first(field);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.put(field, "Give a whole number.");
      return -1;
    }
  }

  private Long number(String field) {
    String value = first(field);
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  // The choices the form offers.

  public Map<String, String> getWants() {
    Map<String, String> wants = new LinkedHashMap<>();
    wants.put("start", "Start a co-op");
    wants.put("cofounders", "Find co-founders");
    wants.put("join", "Join a co-op");
    wants.put("mentor", "Mentor others");
    wants.put("mentee", "Find a mentor");
    return wants;
  }

  /** Skills grouped by area, for one fieldset an area. */
  public List<Map.Entry<String, List<Map.Entry<String, String>>>> getSkillAreas() {
    Map<String, List<Map.Entry<String, String>>> byArea = new LinkedHashMap<>();
    for (String area : Skills.AREAS.keySet()) {
      byArea.put(area, new ArrayList<>());
    }
    Skills.LABELS.forEach(
        (code, label) -> byArea.get(Skills.AREA_OF.get(code)).add(Map.entry(code, label)));
    return new ArrayList<>(byArea.entrySet());
  }

  public String areaTitle(String area) {
    return switch (area) {
      case "build" -> "Building";
      case "design" -> "Design and words";
      case "money" -> "Money";
      case "governance" -> "Governance and law";
      case "outreach" -> "Getting known and selling";
      case "operations" -> "Running things";
      default -> "The trade itself";
    };
  }

  public Map<String, String> getDecisions() {
    Map<String, String> ways = new LinkedHashMap<>();
    for (String code : List.of("consensus", "consent", "majority", "delegated")) {
      ways.put(code, Scoring.decisionWords(code));
    }
    return ways;
  }

  public Map<String, String> getPays() {
    Map<String, String> pay = new LinkedHashMap<>();
    pay.put("equal", "Equal pay");
    pay.put("capped", "A capped pay ratio");
    pay.put("by-role", "Pay by role");
    return pay;
  }

  public List<String> getDays() {
    return Facts.DAYS;
  }
}
