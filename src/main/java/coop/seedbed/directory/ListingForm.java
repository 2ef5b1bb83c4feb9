package coop.seedbed.directory;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.ConflictException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The listing form, for a new listing ({@code /coops/new}) and for editing one ({@code
 * /coops/{slug}/edit}). Lists are typed comma-separated; numbers as text, checked here so that a
 * mistyped number gets its message beside its field.
 */
@Named
@RequestScoped
public class ListingForm {

  static final String[] FIELDS = {
    "name",
    "kind",
    "description",
    "website",
    "email",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "sectors",
    "services",
    "technologies",
    "languages",
    "members",
    "founded",
    "affirmStandards"
  };

  @Inject FindListings listings;
  @Inject ListingEdits edits;
  @Inject CurrentCaller caller;

  private String slug;
  private String name;
  private String kind;
  private String description;
  private String website;
  private String email;
  private String city;
  private String region;
  private String country;
  private String latitude;
  private String longitude;
  private String sectors;
  private String services;
  private String technologies;
  private String languages;
  private String members;
  private String founded;
  private boolean hiring;
  private boolean acceptingMembers;
  private boolean remote;
  private boolean affirmStandards;
  private String existing;
  private boolean loaded;

  /** Fills the form from the listing when editing; sends visitors who may not edit away. */
  public String loadForEdit() {
    if (!caller.isSignedIn()) {
      return Pages.redirect(
          "/signin?next=" + URLEncoder.encode("/coops/" + slug + "/edit", StandardCharsets.UTF_8));
    }
    OrganisationView org;
    try {
      org = listings.find(caller.get(), slug);
    } catch (NotFoundException e) {
      Pages.notFound();
      return null;
    }
    if (!listings.canEdit(caller.get(), slug)) {
      Pages.notFound();
      return null;
    }
    if (!FacesContext.getCurrentInstance().isPostback() && !loaded) {
      fill(org);
    }
    return null;
  }

  public String checkSignedIn() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/coops/new");
    }
    return null;
  }

  private void fill(OrganisationView org) {
    loaded = true;
    name = org.name();
    kind = org.kind();
    description = org.description();
    website = org.website();
    email = org.email();
    city = org.city();
    region = org.region();
    country = org.country();
    latitude = org.latitude() == null ? null : String.valueOf(org.latitude());
    longitude = org.longitude() == null ? null : String.valueOf(org.longitude());
    sectors = String.join(", ", org.sectors());
    services = String.join(", ", org.services());
    technologies = String.join(", ", org.technologies());
    languages = String.join(", ", org.languages());
    members = org.members() == null ? null : String.valueOf(org.members());
    founded = org.founded() == null ? null : String.valueOf(org.founded());
    hiring = org.hiring();
    acceptingMembers = org.acceptingMembers();
    remote = org.remote();
  }

  public String submit() {
    OrganisationView[] created = new OrganisationView[1];
    boolean done = attempt(() -> created[0] = edits.submit(caller.get(), request()));
    if (!done) {
      return null;
    }
    Pages.notice(
        "Thank you. Your listing waits for a moderator; we will mail you when it is published.");
    return Pages.redirect("/coops/" + created[0].slug());
  }

  public String save() {
    boolean done = attempt(() -> edits.edit(caller.get(), slug, request()));
    if (!done) {
      return null;
    }
    Pages.notice("Saved. The changes are live.");
    return Pages.redirect("/coops/" + slug);
  }

  private boolean attempt(Runnable action) {
    existing = null;
    try {
      return Pages.attempt(
          () -> {
            try {
              action.run();
            } catch (ConflictException e) {
              existing = e.existing().orElse(null);
              throw e;
            }
          },
          FIELDS);
    } catch (NumberProblem e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      for (FieldError error : e.errors) {
        faces.addMessage(
            error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
      }
      faces.validationFailed();
      return false;
    }
  }

  /** Numbers that are not numbers, found before the service sees the listing. */
  private static final class NumberProblem extends RuntimeException {
    final List<FieldError> errors;

    NumberProblem(List<FieldError> errors) {
      super("numbers", null, false, false);
      this.errors = errors;
    }
  }

  OrganisationRequest request() {
    List<FieldError> errors = new ArrayList<>();
    Double lat = decimal(errors, "latitude", latitude);
    Double lon = decimal(errors, "longitude", longitude);
    Integer memberCount = whole(errors, "members", members);
    Integer year = whole(errors, "founded", founded);
    if (!errors.isEmpty()) {
      throw new NumberProblem(errors);
    }
    return new OrganisationRequest(
        name,
        kind,
        description,
        website,
        email,
        city,
        region,
        country,
        lat,
        lon,
        list(sectors),
        list(services),
        list(technologies),
        list(languages),
        memberCount,
        year,
        hiring,
        acceptingMembers,
        remote,
        affirmStandards,
        null,
        null);
  }

  private static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Double decimal(List<FieldError> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Give a number such as 51.5074."));
      return null;
    }
  }

  private static Integer whole(List<FieldError> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Give a whole number."));
      return null;
    }
  }

  public List<DirectoryPage.Option> getKinds() {
    return Arrays.stream(Kind.values())
        .map(k -> new DirectoryPage.Option(k.code(), k.label()))
        .toList();
  }

  public List<DirectoryPage.Option> getCountries() {
    return Countries.byName().stream()
        .map(e -> new DirectoryPage.Option(e.getKey(), e.getValue()))
        .toList();
  }

  public String getExisting() {
    return existing;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getSectors() {
    return sectors;
  }

  public void setSectors(String sectors) {
    this.sectors = sectors;
  }

  public String getServices() {
    return services;
  }

  public void setServices(String services) {
    this.services = services;
  }

  public String getTechnologies() {
    return technologies;
  }

  public void setTechnologies(String technologies) {
    this.technologies = technologies;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getMembers() {
    return members;
  }

  public void setMembers(String members) {
    this.members = members;
  }

  public String getFounded() {
    return founded;
  }

  public void setFounded(String founded) {
    this.founded = founded;
  }

  public boolean isHiring() {
    return hiring;
  }

  public void setHiring(boolean hiring) {
    this.hiring = hiring;
  }

  public boolean isAcceptingMembers() {
    return acceptingMembers;
  }

  public void setAcceptingMembers(boolean acceptingMembers) {
    this.acceptingMembers = acceptingMembers;
  }

  public boolean isRemote() {
    return remote;
  }

  public void setRemote(boolean remote) {
    this.remote = remote;
  }

  public boolean isAffirmStandards() {
    return affirmStandards;
  }

  public void setAffirmStandards(boolean affirmStandards) {
    this.affirmStandards = affirmStandards;
  }
}
