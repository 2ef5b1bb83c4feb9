package coop.seedbed.booking;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.accounts.Role;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /candle/volunteer}: a volunteer's own profile and hours, their calendar of other
 * commitments, their private feed, and their calls with a note and a next step after each.
 */
@Named
@RequestScoped
public class VolunteerPage {

  static final String[] FIELDS = {
    "name",
    "bio",
    "organisation",
    "topics",
    "languages",
    "timeZone",
    "weeklyHours",
    "overrides",
    "callMinutes",
    "bufferMinutes",
    "noticeHours",
    "horizonDays",
    "maxPerWeek",
    "callLink"
  };

  @Inject VolunteerService volunteers;
  @Inject CallOutcomes calls;
  @Inject CurrentCaller caller;

  private Optional<VolunteerProfile> profile;
  private String name;
  private String bio;
  private String organisation;
  private List<String> topics = List.of();
  private String languages = "en";
  private String timeZone = "UTC";
  private String weeklyHours = "Tue, Thu 18:00-20:00";
  private String overrides;
  private Integer callMinutes = 60;
  private Integer bufferMinutes = 15;
  private Integer noticeHours = 24;
  private Integer horizonDays = 28;
  private Integer maxPerWeek = 3;
  private boolean active = true;
  private String callLink;
  private String busyUrl;
  private Part busyFile;
  private Long bookingId;
  private String outcome;
  private String referral;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/candle/volunteer");
    }
    if (!isVolunteer()) {
      return null;
    }
    getProfile()
        .ifPresent(
            p -> {
              name = p.name();
              bio = p.bio();
              organisation = p.organisation();
              topics = p.topics();
              languages = String.join(", ", p.languages());
              timeZone = p.timeZone();
              weeklyHours = p.weeklyHours();
              overrides = p.overrides();
              callMinutes = p.callMinutes();
              bufferMinutes = p.bufferMinutes();
              noticeHours = p.noticeHours();
              horizonDays = p.horizonDays();
              maxPerWeek = p.maxPerWeek();
              active = p.active();
              callLink = p.callLink();
              busyUrl = p.busyUrl();
            });
    return null;
  }

  public boolean isVolunteer() {
    return caller.get().has(Role.VOLUNTEER);
  }

  public Optional<VolunteerProfile> getProfile() {
    if (profile == null) {
      profile = caller.isSignedIn() ? volunteers.profile(caller.get()) : Optional.empty();
    }
    return profile;
  }

  public VolunteerProfile getSaved() {
    return getProfile().orElse(null);
  }

  public List<BookingView> getBookings() {
    return getProfile().isPresent() ? calls.bookingsOf(caller.get()) : List.of();
  }

  public String save() {
    List<String> languageList =
        languages == null
            ? List.of()
            : Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    if (Pages.attempt(
        () ->
            volunteers.saveProfile(
                caller.get(),
                new VolunteerRequest(
                    name,
                    bio,
                    organisation,
                    topics,
                    languageList,
                    timeZone,
                    weeklyHours,
                    overrides,
                    callMinutes,
                    bufferMinutes,
                    noticeHours,
                    horizonDays,
                    maxPerWeek,
                    active,
                    callLink)),
        FIELDS)) {
      Pages.notice("Saved. People can book the free times these hours give.");
      return Pages.redirect("/candle/volunteer");
    }
    return null;
  }

  public String subscribe() {
    if (Pages.attempt(() -> volunteers.subscribeBusyCalendar(caller.get(), busyUrl), "url")) {
      Pages.notice(
          busyUrl == null || busyUrl.isBlank()
              ? "We no longer read a calendar of yours."
              : "Calendar address saved; see below what we read from it.");
      return Pages.redirect("/candle/volunteer");
    }
    return null;
  }

  public String upload() {
    if (Pages.attempt(
        () -> {
          if (busyFile == null || busyFile.getSize() == 0) {
            throw new InvalidInputException("file", "Choose a calendar file (.ics) to upload.");
          }
          try (InputStream in = busyFile.getInputStream()) {
            volunteers.uploadBusyCalendar(caller.get(), in.readNBytes(3 * 1024 * 1024));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "file")) {
      Pages.notice("Calendar read; see below what we found.");
      return Pages.redirect("/candle/volunteer");
    }
    return null;
  }

  public String recordOutcome() {
    // The notes forms repeat once per call, so their fields are plain inputs read from the request.
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      bookingId = Long.valueOf(params.getOrDefault("bookingId", "-1"));
    } catch (NumberFormatException e) {
      bookingId = -1L;
    }
    outcome = params.get("outcome");
    referral = params.get("referral");
    if (Pages.attempt(
        () ->
            calls.recordOutcome(
                caller.get(),
                bookingId == null ? -1 : bookingId,
                new OutcomeRequest(outcome, referral)))) {
      Pages.notice("Notes saved.");
      return Pages.redirect("/candle/volunteer#calls");
    }
    return null;
  }

  public Map<String, String> getTopicChoices() {
    return Topics.ALL;
  }

  public List<String> getZones() {
    return Zones.ALL;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getWeeklyHours() {
    return weeklyHours;
  }

  public void setWeeklyHours(String weeklyHours) {
    this.weeklyHours = weeklyHours;
  }

  public String getOverrides() {
    return overrides;
  }

  public void setOverrides(String overrides) {
    this.overrides = overrides;
  }

  public Integer getCallMinutes() {
    return callMinutes;
  }

  public void setCallMinutes(Integer callMinutes) {
    this.callMinutes = callMinutes;
  }

  public Integer getBufferMinutes() {
    return bufferMinutes;
  }

  public void setBufferMinutes(Integer bufferMinutes) {
    this.bufferMinutes = bufferMinutes;
  }

  public Integer getNoticeHours() {
    return noticeHours;
  }

  public void setNoticeHours(Integer noticeHours) {
    this.noticeHours = noticeHours;
  }

  public Integer getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(Integer horizonDays) {
    this.horizonDays = horizonDays;
  }

  public Integer getMaxPerWeek() {
    return maxPerWeek;
  }

  public void setMaxPerWeek(Integer maxPerWeek) {
    this.maxPerWeek = maxPerWeek;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getCallLink() {
    return callLink;
  }

  public void setCallLink(String callLink) {
    this.callLink = callLink;
  }

  public String getBusyUrl() {
    return busyUrl;
  }

  public void setBusyUrl(String busyUrl) {
    this.busyUrl = busyUrl;
  }

  public Part getBusyFile() {
    return busyFile;
  }

  public void setBusyFile(Part busyFile) {
    this.busyFile = busyFile;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public void setBookingId(Long bookingId) {
    this.bookingId = bookingId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReferral() {
    return referral;
  }

  public void setReferral(String referral) {
    this.referral = referral;
  }
}
