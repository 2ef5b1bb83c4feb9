package coop.seedbed.booking;

import coop.seedbed.accounts.Caller;
import coop.seedbed.accounts.Role;
import coop.seedbed.calendar.BusyCalendar;
import coop.seedbed.directory.FindListings;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Volunteers' side of Digital Candle: their profile and hours, their own calendar of other
 * commitments (read now when uploaded, on a schedule when given as an address) and their feed.
 */
@ApplicationScoped
public class VolunteerService {

  private static final Logger LOG = Logger.getLogger(VolunteerService.class.getName());
  private static final String BODY_REQUIRED = "Send the volunteer profile as JSON.";

  @Inject Volunteers volunteers;
  @Inject Bookings bookings;
  @Inject FindListings directory;
  @Inject Clock clock;
  // Interceptors do not apply to a call on this, so subscribeBusyCalendar and refresh, which run
  // outside any transaction (a slow calendar server must not hold one), reach each step through
  // the proxy to give it a transaction of its own. The steps must be public: reached through the
  // proxy from inside subscribeBusyCalendar (itself intercepted, for validation), Weld takes a
  // package-private method for a self-call and skips @Transactional; from other beans it does not.
  @Inject VolunteerService self;

  @Inject
  @ConfigProperty(name = "seedbed.web.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "seedbed.candle.busy-fetch-timeout")
  Duration fetchTimeout;

  /** Whether calendar addresses on private networks may be fetched (for tests on one machine). */
  @Inject
  @ConfigProperty(name = "seedbed.candle.private-feeds")
  boolean privateFeeds;

  /** Active volunteers, optionally only those who talk about {@code topic}. */
  @Transactional
  public List<VolunteerView> list(String topic) {
    return volunteers.active().stream()
        .filter(v -> topic == null || topic.isBlank() || v.topicList().contains(topic))
        .map(VolunteerView::from)
        .toList();
  }

  @Transactional
  public VolunteerView describe(@NotNull String slug) {
    Volunteer v = volunteers.getBySlug(slug);
    if (!v.active) {
      throw new NotFoundException("There is no volunteer called " + slug + ".");
    }
    return VolunteerView.from(v);
  }

  @Transactional
  public Optional<VolunteerProfile> profile(@NotNull Caller caller) {
    long accountId = caller.requireSignedIn().requirePerson();
    return volunteers
        .findByAccount(accountId)
        .map(v -> VolunteerProfile.from(v, baseUrl, volunteers.busyFile(v.id).isPresent()));
  }

  /** Creates or replaces the caller's volunteer profile; only people with the volunteer role. */
  @Transactional
  public VolunteerProfile saveProfile(
      @NotNull Caller caller, @NotNull(message = BODY_REQUIRED) @Valid VolunteerRequest request) {
    caller.requireRole(Role.VOLUNTEER).requireVerifiedEmail();
    long accountId = caller.requirePerson();
    List<FieldError> errors = new ArrayList<>();
    ZoneId zone = null;
    try {
      zone = ZoneId.of(request.timeZone().strip());
    } catch (DateTimeException e) {
      errors.add(
          new FieldError("timeZone", "\"" + request.timeZone() + "\" is not a time zone we know."));
    }
    List<String> topics = clean(request.topics());
    for (String topic : topics) {
      if (!Topics.ALL.containsKey(topic)) {
        errors.add(new FieldError("topics", "\"" + topic + "\" is not one of our topics."));
      }
    }
    if (topics.isEmpty()) {
      errors.add(new FieldError("topics", "Choose at least one topic."));
    }
    List<String> languages =
        clean(request.languages()).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    for (String language : languages) {
      if (!language.matches("[a-z]{2,3}")) {
        errors.add(
            new FieldError(
                "languages",
                "Give languages as two-letter codes (en, fr, es): \"" + language + "\"."));
      }
    }
    String organisation = blankToNull(request.organisation());
    if (organisation != null) {
      try {
        directory.find(Caller.ANONYMOUS, organisation);
      } catch (NotFoundException e) {
        errors.add(
            new FieldError(
                "organisation", "There is no published listing at /coops/" + organisation + "."));
      }
    }
    int callMinutes = orDefault(request.callMinutes(), 60);
    int bufferMinutes = orDefault(request.bufferMinutes(), 15);
    int noticeHours = orDefault(request.noticeHours(), 24);
    int horizonDays = orDefault(request.horizonDays(), 28);
    int maxPerWeek = orDefault(request.maxPerWeek(), 3);
    if (callMinutes < 15 || callMinutes > 180 || callMinutes % 5 != 0) {
      errors.add(new FieldError("callMinutes", "A call lasts 15 to 180 minutes, in steps of 5."));
    }
    if (bufferMinutes < 0 || bufferMinutes > 120 || bufferMinutes % 5 != 0) {
      errors.add(new FieldError("bufferMinutes", "The buffer is 0 to 120 minutes, in steps of 5."));
    }
    if (noticeHours < 0 || noticeHours > 24 * 14) {
      errors.add(new FieldError("noticeHours", "Notice is between 0 hours and two weeks."));
    }
    if (horizonDays < 1 || horizonDays > 90) {
      errors.add(new FieldError("horizonDays", "People may book 1 to 90 days ahead."));
    }
    if (maxPerWeek < 1 || maxPerWeek > 40) {
      errors.add(new FieldError("maxPerWeek", "Give between 1 and 40 calls a week."));
    }
    String callLink = blankToNull(request.callLink());
    if (callLink != null && !callLink.matches("https://\\S+")) {
      errors.add(new FieldError("callLink", "Give your call room as an https:// address."));
    }
    String weekly = null;
    String overrides = "";
    List<WeeklyHours> weeklyList = null;
    List<DateOverride> overrideList = null;
    try {
      weeklyList = Hours.weekly(request.weeklyHours(), "weeklyHours");
      weekly = Hours.formatWeekly(weeklyList);
      if (weekly.isEmpty()) {
        errors.add(new FieldError("weeklyHours", "Give at least one weekly window."));
      }
      // Days as people write them ("Mon-Fri") are stored longer, as recurrence rules.
      if (weekly.length() > Volunteer.WEEKLY_HOURS_LENGTH) {
        errors.add(
            new FieldError(
                "weeklyHours", "Give fewer weekly windows; these are too many to keep."));
      }
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    try {
      overrideList = Hours.overrides(request.overrides(), "overrides");
      overrides = Hours.formatOverrides(overrideList);
      if (overrides.length() > Volunteer.OVERRIDES_LENGTH) {
        errors.add(
            new FieldError(
                "overrides", "Give fewer dates with other hours; these are too many to keep."));
      }
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (errors.isEmpty()) {
      try {
        // The same checks slot computation will make, so that a saved profile always computes.
        new Availability(
            zone,
            weeklyList,
            overrideList,
            Duration.ofMinutes(callMinutes),
            Duration.ofMinutes(bufferMinutes),
            Duration.ofHours(noticeHours),
            Duration.ofDays(horizonDays),
            maxPerWeek);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("overrides", e.getMessage() + "."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    Volunteer v = volunteers.findByAccount(accountId).orElse(null);
    boolean isNew = v == null;
    if (isNew) {
      v = new Volunteer();
      v.accountId = accountId;
      v.slug = "v-" + Tokens.generate().substring(0, 10).toLowerCase(Locale.ROOT);
      v.feedSecret = Tokens.generate();
      v.createdAt = OffsetDateTime.now(clock);
    }
    v.name = request.name().strip();
    v.bio = request.bio().strip();
    v.organisation = organisation;
    v.topics = String.join(",", topics);
    v.languages = String.join(",", languages);
    v.timeZone = zone.getId();
    v.weeklyHours = weekly;
    v.overrides = overrides;
    v.callMinutes = callMinutes;
    v.bufferMinutes = bufferMinutes;
    v.noticeHours = noticeHours;
    v.horizonDays = horizonDays;
    v.maxPerWeek = maxPerWeek;
    v.active = request.active() == null || request.active();
    v.callLink = callLink;
    if (isNew) {
      volunteers.persist(v);
    }
    return VolunteerProfile.from(v, baseUrl, !isNew && volunteers.busyFile(v.id).isPresent());
  }

  /** Stores an uploaded calendar of other commitments and reads it at once. */
  @Transactional
  public VolunteerProfile uploadBusyCalendar(@NotNull Caller caller, byte[] content) {
    Volunteer v = own(caller);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "Choose a calendar file (.ics) to upload.");
    }
    if (content.length > BusyCalendar.MAX_BYTES) {
      throw new InvalidInputException(
          "file", "This calendar is larger than 2 MB; export a shorter stretch of time.");
    }
    volunteers.storeBusyFile(v.id, content);
    v.busyUrl = null;
    apply(v, content);
    return VolunteerProfile.from(v, baseUrl, true);
  }

  /** Remembers the address of the volunteer's calendar feed and reads it now. */
  public VolunteerProfile subscribeBusyCalendar(@NotNull Caller caller, String url) {
    String address = blankToNull(url);
    if (address != null && address.startsWith("webcal://")) {
      address = "https://" + address.substring("webcal://".length());
    }
    if (address != null && !address.matches("https?://\\S+")) {
      throw new InvalidInputException(
          "url", "Give the calendar's address, starting with https:// (or webcal://).");
    }
    self.saveBusyUrl(caller, address);
    long id = self.ownId(caller);
    if (address != null) {
      refresh(id, Duration.ZERO); // now, whenever it was last read
    }
    return self.profile(caller).orElseThrow();
  }

  @Transactional
  public void saveBusyUrl(Caller caller, String address) {
    Volunteer v = own(caller);
    v.busyUrl = address;
    volunteers.forgetBusyFile(v.id);
    if (address == null) {
      volunteers.replaceBusy(v.id, List.of());
      v.busyProblem = null;
      v.busyNotes = null;
      v.busyReadAt = null;
    }
  }

  @Transactional
  public long ownId(Caller caller) {
    return own(caller).id;
  }

  /**
   * Fetches a volunteer's calendar feed (outside any transaction: a slow server must not hold one)
   * and stores what it says, or why it could not be read. Booking never depends on this succeeding:
   * the last good reading stays until a new one replaces it.
   */
  public void refresh(long volunteerId, Duration every) {
    // Claimed: of several instances refreshing at once, the one whose conditional update marks
    // the calendar as read fetches it; the others find it read within the last half interval.
    String url =
        self.claimRefresh(volunteerId, OffsetDateTime.now(clock).minus(every.dividedBy(2)));
    if (url == null) {
      return;
    }
    byte[] content;
    try {
      content = fetch(url);
    } catch (IOException | InterruptedException | IllegalArgumentException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      self.recordProblem(
          volunteerId, "We could not fetch your calendar from its address: " + plain(e));
      return;
    }
    self.storeReading(volunteerId, content);
  }

  @Transactional
  public List<Long> withBusyUrl() {
    return volunteers.withBusyUrl();
  }

  /** The calendar's address if this caller may fetch it now (see {@link #refresh}), else null. */
  @Transactional
  public String claimRefresh(long volunteerId, OffsetDateTime readBefore) {
    if (volunteers.claimRefresh(volunteerId, readBefore, OffsetDateTime.now(clock)) == 0) {
      return null;
    }
    return volunteers.get(volunteerId).busyUrl;
  }

  @Transactional
  public void recordProblem(long volunteerId, String problem) {
    Volunteer v = volunteers.get(volunteerId);
    v.busyProblem = problem;
    v.busyReadAt = OffsetDateTime.now(clock);
  }

  @Transactional
  public void storeReading(long volunteerId, byte[] content) {
    apply(volunteers.get(volunteerId), content);
  }

  @Transactional
  public String feed(@NotNull String secret) {
    Volunteer v =
        volunteers
            .findByFeedSecret(secret)
            .orElseThrow(() -> new NotFoundException("There is no calendar at this address."));
    return BookingMails.feed(
        v, bookings.ofVolunteer(v.id, Instant.now(clock).minus(Duration.ofDays(90))));
  }

  private void apply(Volunteer v, byte[] content) {
    Instant now = Instant.now(clock);
    Instant to = now.plus(Duration.ofDays(v.horizonDays + 7L));
    BusyCalendar.Reading reading =
        BusyCalendar.read(content, now.minus(Duration.ofDays(1)), to, ZoneId.of(v.timeZone));
    v.busyReadAt = OffsetDateTime.now(clock);
    if (reading instanceof BusyCalendar.Read read) {
      volunteers.replaceBusy(v.id, read.busy());
      v.busyProblem = null;
      v.busyNotes =
          truncate(
              read.busy().size()
                  + " busy times read from "
                  + read.events()
                  + " entries."
                  + (read.notes().isEmpty() ? "" : " " + String.join(" ", read.notes())),
              1000);
    } else if (reading instanceof BusyCalendar.Refused refused) {
      // The last good busy times stay: an unreadable export must not open up busy hours.
      v.busyProblem = truncate(refused.reason(), 1000);
    }
  }

  /**
   * Reads the feed. Redirects are followed here, a few at most, so that each address on the way is
   * checked before it is asked (see {@link FeedAddress}).
   */
  private byte[] fetch(String url) throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(fetchTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI uri = URI.create(url);
    HttpResponse<InputStream> response;
    for (int hops = 0; ; hops++) {
      if (!privateFeeds) {
        FeedAddress.requirePublic(uri);
      }
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(fetchTimeout)
              .header("Accept", "text/calendar")
              .GET()
              .build();
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      Optional<String> location = response.headers().firstValue("Location");
      int status = response.statusCode();
      if (!List.of(301, 302, 303, 307, 308).contains(status) || location.isEmpty()) {
        break;
      }
      response.body().close();
      if (hops == 4) {
        throw new IOException("it redirects too many times");
      }
      uri = uri.resolve(location.get());
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("the server answered " + response.statusCode());
      }
      byte[] content = body.readNBytes(BusyCalendar.MAX_BYTES + 1);
      if (content.length > BusyCalendar.MAX_BYTES) {
        throw new IOException("it is larger than 2 MB");
      }
      return content;
    }
  }

  private Volunteer own(Caller caller) {
    long accountId = caller.requireSignedIn().requirePerson();
    return volunteers
        .findByAccount(accountId)
        .orElseThrow(
            () -> new NotFoundException("You have no volunteer profile yet: save one first."));
  }

  private static String plain(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "the connection failed (" + e.getClass().getSimpleName() + ").";
    }
    return message.endsWith(".") ? message : message + ".";
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(s -> s != null && !s.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }
}
