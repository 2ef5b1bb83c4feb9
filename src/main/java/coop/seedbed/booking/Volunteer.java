package coop.seedbed.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A person who gives Digital Candle calls: who they are, what they talk about, and their hours as
 * text (weekly windows as iCalendar recurrence rules, dated overrides), read by {@link Hours}.
 */
@Entity
@Table(name = "volunteer")
class Volunteer {

  static final int NAME_LENGTH = 100;
  static final int BIO_LENGTH = 1000;
  static final int ORGANISATION_LENGTH = 140;
  static final int TOPICS_LENGTH = 300;
  static final int LANGUAGES_LENGTH = 100;
  static final int WEEKLY_HOURS_LENGTH = 2000;
  static final int OVERRIDES_LENGTH = 4000;

  /** Twenty codes of up to three letters and their commas fit {@link #LANGUAGES_LENGTH}. */
  static final int MAX_LANGUAGES = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_seq")
  @SequenceGenerator(name = "volunteer_seq", sequenceName = "volunteer_seq", allocationSize = 50)
  Long id;

  @Column(name = "account_id", nullable = false)
  long accountId;

  @Column(nullable = false, length = 80)
  String slug;

  @Column(nullable = false, length = NAME_LENGTH)
  String name;

  @Column(nullable = false, length = BIO_LENGTH)
  String bio;

  @Column(length = ORGANISATION_LENGTH)
  String organisation;

  @Column(nullable = false, length = TOPICS_LENGTH)
  String topics;

  @Column(nullable = false, length = LANGUAGES_LENGTH)
  String languages;

  @Column(name = "time_zone", nullable = false, length = 60)
  String timeZone;

  @Column(name = "weekly_hours", nullable = false, length = WEEKLY_HOURS_LENGTH)
  String weeklyHours;

  @Column(nullable = false, length = OVERRIDES_LENGTH)
  String overrides;

  @Column(name = "call_minutes", nullable = false)
  int callMinutes;

  @Column(name = "buffer_minutes", nullable = false)
  int bufferMinutes;

  @Column(name = "notice_hours", nullable = false)
  int noticeHours;

  @Column(name = "horizon_days", nullable = false)
  int horizonDays;

  @Column(name = "max_per_week", nullable = false)
  int maxPerWeek;

  @Column(nullable = false)
  boolean active;

  @Column(name = "call_link", length = 500)
  String callLink;

  @Column(name = "feed_secret", nullable = false, length = 64)
  String feedSecret;

  @Column(name = "busy_url", length = 1000)
  String busyUrl;

  // busy_file (an uploaded calendar) is read and written by Volunteers alone, with native SQL,
  // so that loading a volunteer never loads it.

  @Column(name = "busy_read_at")
  OffsetDateTime busyReadAt;

  @Column(name = "busy_problem", length = 1000)
  String busyProblem;

  @Column(name = "busy_notes", length = 1000)
  String busyNotes;

  @Column(name = "last_booked_at")
  OffsetDateTime lastBookedAt;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Version int version;

  List<String> topicList() {
    return split(topics);
  }

  List<String> languageList() {
    return split(languages);
  }

  static List<String> split(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank()
        ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }
}
