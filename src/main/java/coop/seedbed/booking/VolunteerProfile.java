package coop.seedbed.booking;

import java.time.OffsetDateTime;
import java.util.List;

/** A volunteer's own view of their profile: everything, with their private feed and calendar. */
public record VolunteerProfile(
    String slug,
    String name,
    String bio,
    String organisation,
    List<String> topics,
    List<String> languages,
    String timeZone,
    String weeklyHours,
    String overrides,
    int callMinutes,
    int bufferMinutes,
    int noticeHours,
    int horizonDays,
    int maxPerWeek,
    boolean active,
    String callLink,
    String feedUrl,
    String busyUrl,
    boolean busyFile,
    OffsetDateTime busyReadAt,
    String busyProblem,
    String busyNotes) {

  static VolunteerProfile from(Volunteer v, String baseUrl, boolean hasFile) {
    return new VolunteerProfile(
        v.slug,
        v.name,
        v.bio,
        v.organisation,
        v.topicList(),
        v.languageList(),
        v.timeZone,
        Hours.describeWeekly(Hours.weekly(v.weeklyHours, "weeklyHours")),
        v.overrides,
        v.callMinutes,
        v.bufferMinutes,
        v.noticeHours,
        v.horizonDays,
        v.maxPerWeek,
        v.active,
        v.callLink,
        baseUrl + "/calendars/volunteers/" + v.feedSecret + ".ics",
        v.busyUrl,
        hasFile,
        v.busyReadAt,
        v.busyProblem,
        v.busyNotes);
  }
}
