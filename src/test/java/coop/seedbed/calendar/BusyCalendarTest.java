package coop.seedbed.calendar;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.seedbed.calendar.BusyCalendar.Read;
import coop.seedbed.calendar.BusyCalendar.Reading;
import coop.seedbed.calendar.BusyCalendar.Refused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BusyCalendarTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Nested
  class RealFiles {

    /** Real exports from calendar programs, gathered from three iCalendar libraries' tests. */
    private static final Path SAMPLES = Path.of("..", "shared", "data", "ics");

    static Stream<Path> sampleFiles() throws IOException {
      assumeTrue(Files.isDirectory(SAMPLES), "no sample calendars at " + SAMPLES);
      try (Stream<Path> files = Files.list(SAMPLES)) {
        return files.filter(f -> f.toString().endsWith(".ics")).sorted().toList().stream();
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void read_answersEveryRealFileQuickly_withReadingOrPlainReason(Path file) throws IOException {
      byte[] bytes = Files.readAllBytes(file);

      Reading reading =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5),
              () ->
                  BusyCalendar.read(
                      bytes,
                      Instant.parse("1995-01-01T00:00:00Z"),
                      Instant.parse("2030-01-01T00:00:00Z"),
                      LONDON));

      if (reading instanceof Refused refused) {
        assertThat(refused.reason()).isNotBlank().endsWith(".");
      } else {
        Read read = (Read) reading;
        assertThat(read.events()).isNotNegative();
        assertThat(read.notes()).allSatisfy(note -> assertThat(note).isNotBlank());
        for (int i = 1; i < read.busy().size(); i++) {
          assertThat(read.busy().get(i).start()).isAfter(read.busy().get(i - 1).end());
        }
      }
    }

    /**
     * The real files Seedbed refuses, each for a reason of its own. Any other file refused, or one
     * of these read, fails: a reader that refused every calendar would otherwise pass above.
     */
    private static final Set<String> REFUSED =
        Set.of(
            // A lone VEVENT and a lone VTIMEZONE, without the VCALENDAR around them.
            "pyicalendar--events_event_with_recurrence_exdates_on_different_lines.ics",
            "pyicalendar--calendars_fuzz_testcase_vtimezone_lone_cr.ics");

    @Test
    void read_readsEveryRealFile_butTheFewKnownToBeUnusable() throws IOException {
      Map<String, String> refused = new TreeMap<>();
      int read = 0;
      for (Path file : sampleFiles().toList()) {
        Reading reading =
            BusyCalendar.read(
                Files.readAllBytes(file),
                Instant.parse("1995-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"),
                LONDON);
        if (reading instanceof Refused no) {
          refused.put(file.getFileName().toString(), no.reason());
        } else {
          read++;
        }
      }
      assertThat(refused.keySet()).as(refused.toString()).isEqualTo(REFUSED);
      assertThat(read).isGreaterThan(REFUSED.size());
    }

    @Test
    void read_takesEventsFromEveryCalendarInOneFile() throws IOException {
      Read read =
          read(
              sample("ical4j--samples_valid_multiple_calendars.ics"),
              "1997-07-01T00:00:00Z",
              "1997-07-02T00:00:00Z");

      // 18:00-19:00 from the second calendar and 19:00-19:30 from the first, joined.
      assertThat(read.events()).isEqualTo(2);
      assertThat(read.busy()).containsExactly(busy("1997-07-01T18:00:00Z", "1997-07-01T19:30:00Z"));
    }

    @Test
    void read_appliesRruleRdateExdateAndOverridesOfARealZimbraExport() throws IOException {
      Read read =
          read(
              sample("icaljs--samples_recur_instances.ics"),
              "2012-10-01T00:00:00Z",
              "2013-01-01T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              // 2 Oct 10:00 PDT was moved to 15:00 PDT by a RECURRENCE-ID.
              busy("2012-10-02T22:00:00Z", "2012-10-02T22:30:00Z"),
              // First Tuesday of November, after the clocks went back: 10:00 PST.
              busy("2012-11-06T18:00:00Z", "2012-11-06T18:30:00Z"),
              // The RDATE of 5 Nov 10:00 PST, moved to 6 Nov 20:00 PST.
              busy("2012-11-07T04:00:00Z", "2012-11-07T04:30:00Z"),
              busy("2012-11-10T18:00:00Z", "2012-11-10T18:30:00Z"),
              busy("2012-11-30T18:00:00Z", "2012-11-30T18:30:00Z"));
      // 4 Dec, the first Tuesday of December, is an EXDATE.
      assertThat(read.notes()).isEmpty();
    }

    @Test
    void read_dropsTheExdatesOfARealAppleExport() throws IOException {
      Read read =
          read(
              sample("ical4j--samples_valid_EXDATE.ics"),
              "2005-12-01T00:00:00Z",
              "2006-02-01T00:00:00Z");

      // Daily at noon in Brisbane (UTC+10) for seven days, less 3 and 4 January.
      assertThat(read.busy())
          .containsExactly(
              busy("2006-01-01T02:00:00Z", "2006-01-01T03:00:00Z"),
              busy("2006-01-02T02:00:00Z", "2006-01-02T03:00:00Z"),
              busy("2006-01-05T02:00:00Z", "2006-01-05T03:00:00Z"),
              busy("2006-01-06T02:00:00Z", "2006-01-06T03:00:00Z"),
              busy("2006-01-07T02:00:00Z", "2006-01-07T03:00:00Z"));
    }

    @Test
    void read_placesAnExchangeEventInItsWindowsZone() throws IOException {
      Read read =
          read(
              sample("pyicalendar--calendars_issue_836_do_not_quote_tzid.ics"),
              "2024-10-01T00:00:00Z",
              "2024-11-01T00:00:00Z");

      // TZID "Eastern Standard Time", 17:00 on 28 October, still daylight time (UTC-4).
      assertThat(read.busy()).containsExactly(busy("2024-10-28T21:00:00Z", "2024-10-28T22:00:00Z"));
    }

    @Test
    void read_placesAnOutlookEventInGmtStandardTime() throws IOException {
      Read read =
          read(
              sample("pyicalendar--calendars_alarm_outlook_closed.ics"),
              "2024-10-01T00:00:00Z",
              "2024-11-01T00:00:00Z",
              LONDON);

      assertThat(read.busy()).containsExactly(busy("2024-10-04T17:30:00Z", "2024-10-04T18:00:00Z"));
    }

    @Test
    void read_dropsAnOutlookExdateOfAnAllDayEventWrittenAsMidnight() throws IOException {
      Read read =
          read(
              sample("pyicalendar--calendars_alarm_outlook_closed.ics"),
              "2024-06-01T00:00:00Z",
              "2024-09-01T00:00:00Z",
              LONDON);

      // Week-long, every other Monday from 1 July until 29 July; 15 July is excluded as
      // "EXDATE;TZID=GMT Standard Time:20240715T000000".
      assertThat(read.busy())
          .containsExactly(
              busy("2024-06-30T23:00:00Z", "2024-07-07T23:00:00Z"),
              busy("2024-07-28T23:00:00Z", "2024-08-04T23:00:00Z"));
    }

    @Test
    void read_usesTheFilesOwnZoneForANameNoOneElseKnows() throws IOException {
      Read read =
          read(
              sample("ical4j--samples_invalid_tmeher.ics"),
              "2004-10-01T00:00:00Z",
              "2004-11-01T00:00:00Z");

      // "Pacific Time (US & Canada), Tijuana", defined in the file: 22:30 to midnight, UTC-7.
      assertThat(read.busy()).containsExactly(busy("2004-10-12T05:30:00Z", "2004-10-12T07:00:00Z"));
      assertThat(read.notes()).isEmpty();
    }

    @Test
    void read_findsTheIanaZoneBehindAVendorPrefix() throws IOException {
      Read read =
          read(
              sample("ical4j--samples_invalid_phpicalendar_sample.ics"),
              "2003-05-15T23:00:00Z",
              "2003-05-16T03:00:00Z");

      // TZID /softwarestudio.org/Olson_20011030_5/America/Chicago, 18:30-21:00 CDT (UTC-5).
      assertThat(read.busy()).containsExactly(busy("2003-05-15T23:30:00Z", "2003-05-16T02:00:00Z"));
    }

    @Test
    void read_repeatsWeeklyInAnOutlookZoneWithAnEscapedComma() throws IOException {
      Read read =
          read(
              sample("ical4j--samples_valid_2207678.ics"),
              "2008-11-01T00:00:00Z",
              "2008-11-15T00:00:00Z");

      // Fridays 09:30-09:40 in "Kuala Lumpur, Singapore", UTC+8.
      assertThat(read.busy())
          .containsExactly(
              busy("2008-11-07T01:30:00Z", "2008-11-07T01:40:00Z"),
              busy("2008-11-14T01:30:00Z", "2008-11-14T01:40:00Z"));
    }

    @Test
    void read_takesThePeriodsOfVfreebusyComponents() throws IOException {
      Read read =
          read(
              sample("ical4j--samples_valid_rfc5545-sec3.6.4.ics"),
              "1997-01-01T00:00:00Z",
              "1999-01-01T00:00:00Z");

      assertThat(read.events()).isEqualTo(3);
      assertThat(read.busy())
          .containsExactly(
              busy("1997-10-15T05:00:00Z", "1997-10-15T13:30:00Z"),
              busy("1997-10-15T16:00:00Z", "1997-10-15T21:30:00Z"),
              busy("1997-10-15T22:30:00Z", "1997-10-16T05:00:00Z"),
              busy("1998-03-14T23:30:00Z", "1998-03-15T00:30:00Z"),
              busy("1998-03-16T15:30:00Z", "1998-03-16T16:30:00Z"),
              busy("1998-03-18T03:00:00Z", "1998-03-18T04:00:00Z"));
    }

    @Test
    void read_countsNeitherFreePeriodsNorTransparentEvents() throws IOException {
      Read read =
          read(
              sample("pyicalendar--calendars_issue_348_exception_parsing_value.ics"),
              "2019-06-01T00:00:00Z",
              "2019-07-01T00:00:00Z");

      assertThat(read.events()).isEqualTo(2);
      assertThat(read.busy()).isEmpty();
    }

    @Test
    void read_refusesAFileThatIsOnlyATimeZone() throws IOException {
      Reading reading =
          BusyCalendar.read(
              sample("pyicalendar--calendars_fuzz_testcase_vtimezone_lone_cr.ics"),
              Instant.parse("2020-01-01T00:00:00Z"),
              Instant.parse("2021-01-01T00:00:00Z"));

      assertThat(reading)
          .isEqualTo(
              new Refused(
                  "This is not an iCalendar file: it does not start with BEGIN:VCALENDAR."));
    }

    @Test
    void read_skipsTheEventsOfARealFileThatHaveNoStart() throws IOException {
      Read read =
          read(
              sample("pyicalendar--calendars_big_bad_calendar.ics"),
              "2020-01-01T00:00:00Z",
              "2021-01-01T00:00:00Z");

      assertThat(read.events()).isEqualTo(20);
      assertThat(read.busy()).isEmpty();
      assertThat(read.notes()).containsExactly("20 events have no start time and were skipped.");
    }

    private static byte[] sample(String name) throws IOException {
      Path file = SAMPLES.resolve(name);
      assumeTrue(Files.isRegularFile(file), "no sample calendar " + file);
      return Files.readAllBytes(file);
    }
  }

  @Nested
  class TimeZones {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "W. Europe Standard Time,   20240610T090000, 2024-06-10T07:00:00Z",
      "Eastern Standard Time,     20240115T090000, 2024-01-15T14:00:00Z",
      "GMT Standard Time,         20240701T090000, 2024-07-01T08:00:00Z",
      "AUS Eastern Standard Time, 20240115T090000, 2024-01-14T22:00:00Z",
      "New Zealand Standard Time, 20240115T090000, 2024-01-14T20:00:00Z",
      "Pacific Standard Time,     20240115T090000, 2024-01-15T17:00:00Z",
      "Central Standard Time,     20240115T090000, 2024-01-15T15:00:00Z",
      "India Standard Time,       20240115T090000, 2024-01-15T03:30:00Z",
      "Tokyo Standard Time,       20240115T090000, 2024-01-15T00:00:00Z",
    })
    void read_placesTimesInWindowsZonesAtTheirUtcInstant(
        String windowsName, String local, String utc) {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:outlook",
                  "DTSTART;TZID=" + windowsName + ":" + local,
                  "DURATION:PT1H",
                  "END:VEVENT"),
              "2024-01-01T00:00:00Z",
              "2024-08-01T00:00:00Z");

      assertThat(read.busy()).containsExactly(Interval.of(Instant.parse(utc), Duration.ofHours(1)));
      assertThat(read.notes()).isEmpty();
    }

    @Test
    void read_appliesTheRulesOfAVtimezoneDefinedInTheFile() {
      Read read =
          read(
              calendar(
                  "BEGIN:VTIMEZONE",
                  "TZID:Seedbed Test Zone",
                  "BEGIN:STANDARD",
                  "DTSTART:19701025T030000",
                  "TZOFFSETFROM:+0600",
                  "TZOFFSETTO:+0500",
                  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                  "END:STANDARD",
                  "BEGIN:DAYLIGHT",
                  "DTSTART:19700329T020000",
                  "TZOFFSETFROM:+0500",
                  "TZOFFSETTO:+0600",
                  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                  "END:DAYLIGHT",
                  "END:VTIMEZONE",
                  "BEGIN:VEVENT",
                  "UID:winter",
                  "DTSTART;TZID=Seedbed Test Zone:20240115T090000",
                  "DTEND;TZID=Seedbed Test Zone:20240115T100000",
                  "END:VEVENT",
                  "BEGIN:VEVENT",
                  "UID:summer",
                  "DTSTART;TZID=\"Seedbed Test Zone\":20240701T090000",
                  "DTEND;TZID=\"Seedbed Test Zone\":20240701T100000",
                  "END:VEVENT"),
              "2024-01-01T00:00:00Z",
              "2025-01-01T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2024-01-15T04:00:00Z", "2024-01-15T05:00:00Z"),
              busy("2024-07-01T03:00:00Z", "2024-07-01T04:00:00Z"));
      assertThat(read.notes()).isEmpty();
    }

    @Test
    void read_findsTheIanaZoneInAQuotedTzidWithAMozillaPrefix() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:thunderbird",
                  "DTSTART;TZID=\"/mozilla.org/20050126_1/Europe/London\":20240701T090000",
                  "DTEND;TZID=\"/mozilla.org/20050126_1/Europe/London\":20240701T100000",
                  "END:VEVENT"),
              "2024-07-01T00:00:00Z",
              "2024-07-02T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2024-07-01T08:00:00Z", "2024-07-01T09:00:00Z"));
    }

    @Test
    void read_readsAnUnknownZoneAsUtc_andSaysSo() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:mystery",
                  "DTSTART;TZID=Nowhere/Special:20240115T090000",
                  "DURATION:PT1H",
                  "END:VEVENT"),
              "2024-01-01T00:00:00Z",
              "2024-02-01T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2024-01-15T09:00:00Z", "2024-01-15T10:00:00Z"));
      assertThat(read.notes())
          .containsExactly(
              "Times in the time zone \"Nowhere/Special\" were read as UTC, because that time zone"
                  + " is not known.");
    }

    @Test
    void read_placesFloatingTimesInTheDefaultZone() {
      byte[] ics =
          calendar(
              "BEGIN:VEVENT",
              "UID:floating",
              "DTSTART:20240701T090000",
              "DURATION:PT1H",
              "END:VEVENT");

      Read inParis =
          read(ics, "2024-07-01T00:00:00Z", "2024-07-02T00:00:00Z", ZoneId.of("Europe/Paris"));
      Read inUtc = read(ics, "2024-07-01T00:00:00Z", "2024-07-02T00:00:00Z");

      assertThat(inParis.busy())
          .containsExactly(busy("2024-07-01T07:00:00Z", "2024-07-01T08:00:00Z"));
      assertThat(inUtc.busy())
          .containsExactly(busy("2024-07-01T09:00:00Z", "2024-07-01T10:00:00Z"));
    }

    @Test
    void read_movesATimeInTheHourClocksSkipForward() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:gap",
                  "DTSTART;TZID=Europe/London:20250330T013000",
                  "DURATION:PT1H",
                  "END:VEVENT"),
              "2025-03-30T00:00:00Z",
              "2025-03-31T00:00:00Z");

      // 01:30 does not exist in London that night; it is 02:30 BST, 01:30 UTC.
      assertThat(read.busy()).containsExactly(busy("2025-03-30T01:30:00Z", "2025-03-30T02:30:00Z"));
    }

    @Test
    void read_givesUpQuicklyOnAZoneThatChangesItsClocksEverySecond() {
      byte[] ics =
          calendar(
              "BEGIN:VTIMEZONE",
              "TZID:Restless",
              "BEGIN:STANDARD",
              "DTSTART:16010101T000000",
              "TZOFFSETFROM:+0100",
              "TZOFFSETTO:+0000",
              "RRULE:FREQ=SECONDLY",
              "END:STANDARD",
              "END:VTIMEZONE",
              "BEGIN:VEVENT",
              "DTSTART;TZID=Restless:20250301T090000",
              "DURATION:PT1H",
              "END:VEVENT");

      Read read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(2),
              () -> read(ics, "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"));

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
      assertThat(read.notes())
          .containsExactly(
              "Times in the time zone \"Restless\" were read as UTC, because that time zone is"
                  + " not known.");
    }

    @Test
    void everyWindowsZoneNameMapsToAZoneThisJavaKnows() {
      assertThat(WindowsZones.all().values())
          .allSatisfy(id -> assertThat(ZoneId.getAvailableZoneIds()).contains(id));
    }
  }

  @Nested
  class Repeats {

    /** Mondays, Wednesdays and Fridays at 09:30 London time, with one of each kind of change. */
    private final byte[] standup =
        calendar(
            "BEGIN:VEVENT",
            "UID:standup@seedbed.test",
            "DTSTART;TZID=Europe/London:20240603T093000",
            "DTEND;TZID=Europe/London:20240603T094500",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "EXDATE;TZID=Europe/London:20240605T093000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:standup@seedbed.test",
            "RECURRENCE-ID;TZID=Europe/London:20240607T093000",
            "DTSTART;TZID=Europe/London:20240607T140000",
            "DTEND;TZID=Europe/London:20240607T141500",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:standup@seedbed.test",
            "RECURRENCE-ID;TZID=Europe/London:20240610T093000",
            "DTSTART;TZID=Europe/London:20240610T093000",
            "DTEND;TZID=Europe/London:20240610T094500",
            "STATUS:CANCELLED",
            "END:VEVENT");

    @Test
    void read_expandsTheRuleOverTheWindow_withEveryChangeApplied() {
      Read read = read(standup, "2024-06-03T00:00:00Z", "2024-06-13T00:00:00Z");

      assertThat(read.events()).isEqualTo(3);
      assertThat(read.busy())
          .containsExactly(
              busy("2024-06-03T08:30:00Z", "2024-06-03T08:45:00Z"),
              busy("2024-06-07T13:00:00Z", "2024-06-07T13:15:00Z"),
              busy("2024-06-12T08:30:00Z", "2024-06-12T08:45:00Z"));
    }

    @Test
    void read_dropsOccurrencesListedInExdate() {
      Read read = read(standup, "2024-06-05T00:00:00Z", "2024-06-06T00:00:00Z");

      assertThat(read.busy()).isEmpty();
    }

    @Test
    void read_movesAnOccurrenceToTheTimeItsRecurrenceIdOverrideGives() {
      Read read = read(standup, "2024-06-07T00:00:00Z", "2024-06-08T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2024-06-07T13:00:00Z", "2024-06-07T13:15:00Z"));
    }

    @Test
    void read_dropsAnOccurrenceItsRecurrenceIdOverrideCancels() {
      Read read = read(standup, "2024-06-10T00:00:00Z", "2024-06-11T00:00:00Z");

      assertThat(read.busy()).isEmpty();
    }

    @Test
    void read_expandsADailyRuleFrom1990Quickly_andOnlyInTheWindow() {
      byte[] ics =
          calendar(
              "BEGIN:VEVENT",
              "UID:daily",
              "DTSTART:19900101T090000Z",
              "DTEND:19900101T093000Z",
              "RRULE:FREQ=DAILY",
              "END:VEVENT");

      Read read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(2),
              () -> read(ics, "2025-03-01T00:00:00Z", "2025-03-04T00:00:00Z"));

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T09:00:00Z", "2025-03-01T09:30:00Z"),
              busy("2025-03-02T09:00:00Z", "2025-03-02T09:30:00Z"),
              busy("2025-03-03T09:00:00Z", "2025-03-03T09:30:00Z"));
    }

    @Test
    void read_expandsAnEverySecondRuleFrom1990Quickly() {
      byte[] ics =
          calendar(
              "BEGIN:VEVENT",
              "UID:ticking",
              "DTSTART:19900101T000000Z",
              "DURATION:PT1S",
              "RRULE:FREQ=SECONDLY;INTERVAL=2",
              "END:VEVENT");

      Read read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(2),
              () -> read(ics, "2025-03-01T00:00:00Z", "2025-03-01T00:00:06Z"));

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T00:00:00Z", "2025-03-01T00:00:01Z"),
              busy("2025-03-01T00:00:02Z", "2025-03-01T00:00:03Z"),
              busy("2025-03-01T00:00:04Z", "2025-03-01T00:00:05Z"));
    }

    @Test
    void read_skipsMonthsWithoutTheDayOfAMonthlyRule() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:month-end",
                  "DTSTART:19900131T090000Z",
                  "DURATION:PT1H",
                  "RRULE:FREQ=MONTHLY",
                  "END:VEVENT"),
              "2025-01-01T00:00:00Z",
              "2025-05-01T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2025-01-31T09:00:00Z", "2025-01-31T10:00:00Z"),
              busy("2025-03-31T09:00:00Z", "2025-03-31T10:00:00Z"));
    }

    @Test
    void read_endsARuleAtItsUntil_includingUntilItself() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:until",
                  "DTSTART:20250301T090000Z",
                  "DURATION:PT1H",
                  "RRULE:FREQ=DAILY;UNTIL=20250302T090000Z",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-03-10T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"),
              busy("2025-03-02T09:00:00Z", "2025-03-02T10:00:00Z"));
    }

    @Test
    void read_keepsWallClockTimeWhenARuleCrossesAClockChange() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:weekly",
                  "DTSTART;TZID=Europe/London:20250324T090000",
                  "DURATION:PT1H",
                  "RRULE:FREQ=WEEKLY;COUNT=2",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-05-01T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-24T09:00:00Z", "2025-03-24T10:00:00Z"),
              busy("2025-03-31T08:00:00Z", "2025-03-31T09:00:00Z"));
    }

    @Test
    void read_addsRdates_includingPeriods() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:extra",
                  "DTSTART:20250301T090000Z",
                  "DURATION:PT1H",
                  "RDATE:20250305T090000Z,20250306T120000Z",
                  "RDATE;VALUE=PERIOD:20250307T100000Z/PT2H",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-03-10T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"),
              busy("2025-03-05T09:00:00Z", "2025-03-05T10:00:00Z"),
              busy("2025-03-06T12:00:00Z", "2025-03-06T13:00:00Z"),
              busy("2025-03-07T10:00:00Z", "2025-03-07T12:00:00Z"));
    }

    @Test
    void read_keepsTheFirstOccurrenceOfARuleItCannotRead_andSaysSo() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:odd-rule",
                  "DTSTART:20250301T090000Z",
                  "DURATION:PT1H",
                  "RRULE:FREQ=SOMETIMES",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-04-01T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
      assertThat(read.notes())
          .containsExactly(
              "1 repeating event has a repeat rule that could not be read; only the dates given"
                  + " outright were used.");
    }

    @Test
    void read_refusesARuleThatWouldListEveryMinuteOfTheYear_quickly() {
      String everyMonth = "1,2,3,4,5,6,7,8,9,10,11,12";
      String everyDay = everyMonth + ",13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31";
      String everyHour = everyDay.substring(0, everyDay.indexOf(",25"));
      byte[] ics =
          calendar(
              "BEGIN:VEVENT",
              "DTSTART:20250301T090000Z",
              "DURATION:PT1M",
              "RRULE:FREQ=YEARLY;BYMONTH="
                  + everyMonth
                  + ";BYMONTHDAY="
                  + everyDay
                  + ";BYHOUR="
                  + everyHour
                  + ";BYMINUTE=0,10,20,30,40,50",
              "END:VEVENT");

      Read read =
          assertTimeoutPreemptively(
              Duration.ofSeconds(2),
              () -> read(ics, "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z"));

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T09:01:00Z"));
      assertThat(read.notes()).hasSize(1).allMatch(note -> note.contains("repeat rule"));
    }

    @Test
    void read_stopsAnEventThatRepeatsTooOften_andSaysSo() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:restless",
                  "DTSTART:20250101T000000Z",
                  "DURATION:PT1M",
                  "RRULE:FREQ=MINUTELY;INTERVAL=2",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-04-01T00:00:00Z");

      assertThat(read.busy()).hasSize(BusyEvent.MAX_OCCURRENCES);
      assertThat(read.busy().get(0))
          .isEqualTo(busy("2025-03-01T00:00:00Z", "2025-03-01T00:01:00Z"));
      assertThat(read.notes())
          .containsExactly(
              "1 repeating event repeats too often to read in full; only the first occurrences"
                  + " were used.");
    }
  }

  @Nested
  class AllDayEvents {

    @Test
    void read_makesAnAllDayEventBusyForTheWholeDay_evenWhenClocksChange() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:clocks-change",
                  "DTSTART;VALUE=DATE:20250330",
                  "DTEND;VALUE=DATE:20250331",
                  "END:VEVENT"),
              "2025-03-29T00:00:00Z",
              "2025-04-01T00:00:00Z",
              LONDON);

      // Midnight GMT to midnight BST: a 23-hour day.
      assertThat(read.busy()).containsExactly(busy("2025-03-30T00:00:00Z", "2025-03-30T23:00:00Z"));
    }

    @Test
    void read_endsAnAllDayEventBeforeItsDtend() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:away",
                  "DTSTART;VALUE=DATE:20250701",
                  "DTEND;VALUE=DATE:20250703",
                  "END:VEVENT"),
              "2025-06-01T00:00:00Z",
              "2025-08-01T00:00:00Z",
              LONDON);

      assertThat(read.busy()).containsExactly(busy("2025-06-30T23:00:00Z", "2025-07-02T23:00:00Z"));
    }

    @Test
    void read_givesAnAllDayEventWithoutEndOneDay() {
      Read read =
          read(
              calendar("BEGIN:VEVENT", "UID:one-day", "DTSTART;VALUE=DATE:20250702", "END:VEVENT"),
              "2025-06-01T00:00:00Z",
              "2025-08-01T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-07-02T00:00:00Z", "2025-07-03T00:00:00Z"));
    }

    @Test
    void read_skipsATimedEventWithoutEndOrDuration_withoutANote() {
      Read read =
          read(
              calendar("BEGIN:VEVENT", "UID:instant", "DTSTART:20250702T090000Z", "END:VEVENT"),
              "2025-06-01T00:00:00Z",
              "2025-08-01T00:00:00Z");

      assertThat(read.events()).isEqualTo(1);
      assertThat(read.busy()).isEmpty();
      assertThat(read.notes()).isEmpty();
    }
  }

  @Nested
  class FreeBusy {

    @Test
    void read_countsBusyKindsOfFreebusy_butNotFree() {
      Read read =
          read(
              calendar(
                  "BEGIN:VFREEBUSY",
                  "DTSTART:20250301T000000Z",
                  "DTEND:20250302T000000Z",
                  "FREEBUSY;FBTYPE=FREE:20250301T060000Z/20250301T080000Z",
                  "FREEBUSY:20250301T090000Z/PT1H",
                  "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20250301T110000Z/20250301T113000Z",
                  "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20250301T130000Z/PT30M,20250301T150000Z/PT15M",
                  "FREEBUSY;FBTYPE=BUSY:20250301T170000Z/20250301T180000Z",
                  "END:VFREEBUSY"),
              "2025-03-01T00:00:00Z",
              "2025-03-02T00:00:00Z");

      assertThat(read.events()).isEqualTo(1);
      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"),
              busy("2025-03-01T11:00:00Z", "2025-03-01T11:30:00Z"),
              busy("2025-03-01T13:00:00Z", "2025-03-01T13:30:00Z"),
              busy("2025-03-01T15:00:00Z", "2025-03-01T15:15:00Z"),
              busy("2025-03-01T17:00:00Z", "2025-03-01T18:00:00Z"));
    }
  }

  @Nested
  class EventsThatAreNotBusy {

    @Test
    void read_skipsTransparentAndCancelledEvents_butKeepsTentativeOnes() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "UID:free-to-book",
                  "DTSTART:20250301T090000Z",
                  "DTEND:20250301T100000Z",
                  "TRANSP:TRANSPARENT",
                  "END:VEVENT",
                  "BEGIN:VEVENT",
                  "UID:called-off",
                  "DTSTART:20250301T110000Z",
                  "DTEND:20250301T120000Z",
                  "STATUS:CANCELLED",
                  "END:VEVENT",
                  "BEGIN:VEVENT",
                  "UID:maybe",
                  "DTSTART:20250301T130000Z",
                  "DTEND:20250301T140000Z",
                  "STATUS:TENTATIVE",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-03-02T00:00:00Z");

      assertThat(read.events()).isEqualTo(3);
      assertThat(read.busy()).containsExactly(busy("2025-03-01T13:00:00Z", "2025-03-01T14:00:00Z"));
    }
  }

  @Nested
  class Merging {

    @Test
    void read_joinsOverlappingAndTouchingTimes_andKeepsThoseCrossingTheWindowWhole() {
      Read read =
          read(
              calendarWith(
                  event("20250301T070000Z", "20250301T093000Z"),
                  event("20250301T090000Z", "20250301T100000Z"),
                  event("20250301T100000Z", "20250301T110000Z"),
                  event("20250301T130000Z", "20250301T140000Z"),
                  event("20250302T090000Z", "20250302T100000Z")),
              "2025-03-01T08:00:00Z",
              "2025-03-02T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T07:00:00Z", "2025-03-01T11:00:00Z"),
              busy("2025-03-01T13:00:00Z", "2025-03-01T14:00:00Z"));
    }
  }

  @Nested
  class UntidyFiles {

    @Test
    void read_readsSeveralCalendarsInOneFile_evenWhenOneIsNotClosed() {
      String first =
          "BEGIN:VCALENDAR\r\n"
              + String.join("\r\n", event("20250301T090000Z", "20250301T100000Z"))
              + "\r\n";
      String second =
          new String(calendarWith(event("20250301T110000Z", "20250301T120000Z")), UTF_8);

      Read read = read(bytes(first + second), "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z");

      assertThat(read.events()).isEqualTo(2);
      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"),
              busy("2025-03-01T11:00:00Z", "2025-03-01T12:00:00Z"));
    }

    @Test
    void read_copesWithCrEndingsByteOrderMarkBlankLinesAndABrokenLongLine() {
      String text =
          "\uFEFFBEGIN:VCALENDAR\r"
              + "VERSION:2.0\r"
              + "\r"
              + "BEGIN:VEVENT\r"
              + "DESCRIPTION:A long description that a careless program cut\r"
              + "into two lines without the space that marks a folded line\r"
              + "\r\r"
              + "DTSTART:20250301T090000Z\n"
              + "DTEND:20250301T100000Z\r\n"
              + "END:VEVENT\r"
              + "END:VCALENDAR\r";

      Read read = read(bytes(text), "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
      assertThat(read.notes()).isEmpty();
    }

    @Test
    void read_readsAFileCutShortBeforeItsEnds() {
      String text =
          "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20250301T090000Z\r\nDTEND:20250301T100000Z\r\n";

      Read read = read(bytes(text), "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
    }

    @Test
    void read_readsAUtf16File() {
      String text =
          "BEGIN:VCALENDAR\r\n"
              + String.join("\r\n", event("20250301T090000Z", "20250301T100000Z"))
              + "\r\nEND:VCALENDAR\r\n";

      Read read = read(text.getBytes(UTF_16), "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
    }

    @Test
    void read_readsNamesInAnyLetterCase() {
      String text =
          "begin:vcalendar\r\nbegin:vevent\r\ndtstart:20250301T090000Z\r\nduration:PT1H\r\n"
              + "end:vevent\r\nend:vcalendar\r\n";

      Read read = read(bytes(text), "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
    }

    @Test
    void read_keepsTheOtherEventsWhenOneCannotBeParsed_andSaysSo() {
      Read read =
          read(
              calendarWith(
                  event("20250301T090000Z", "20250301T100000Z"),
                  new String[] {"BEGIN:VEVENT", "DTSTART;BROKEN:20250301T110000Z", "END:VEVENT"},
                  event("20250301T130000Z", "20250301T140000Z")),
              "2025-03-01T00:00:00Z",
              "2025-03-02T00:00:00Z");

      assertThat(read.busy())
          .containsExactly(
              busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"),
              busy("2025-03-01T13:00:00Z", "2025-03-01T14:00:00Z"));
      assertThat(read.notes()).containsExactly("1 event could not be read and was skipped.");
    }

    @Test
    void read_skipsAnEventWhoseStartIsNotADate_andSaysSo() {
      Read read =
          read(
              calendar(
                  "BEGIN:VEVENT",
                  "DTSTART:next Tuesday",
                  "END:VEVENT",
                  "BEGIN:VEVENT",
                  "DTSTART:20250301T090000Z",
                  "DURATION:PT1H",
                  "END:VEVENT"),
              "2025-03-01T00:00:00Z",
              "2025-03-02T00:00:00Z");

      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
      assertThat(read.notes()).containsExactly("1 event could not be read and was skipped.");
    }

    @Test
    void read_readsTheFirst10000Events_andSaysTheRestWereNot() {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i <= BusyCalendar.MAX_EVENTS; i++) {
        lines.addAll(
            List.of("BEGIN:VEVENT", "DTSTART:20250301T090000Z", "DURATION:PT1H", "END:VEVENT"));
      }

      Read read =
          read(
              calendar(lines.toArray(String[]::new)),
              "2025-03-01T00:00:00Z",
              "2025-03-02T00:00:00Z");

      assertThat(read.events()).isEqualTo(10_000);
      assertThat(read.busy()).containsExactly(busy("2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z"));
      assertThat(read.notes())
          .containsExactly(
              "The file has more than 10,000 events; only the first 10,000 were read.");
    }
  }

  @Nested
  class RefusedFiles {

    @Test
    void read_refusesAnEmptyFile() {
      assertThat(refusal(new byte[0])).isEqualTo("The file is empty.");
      assertThat(refusal(null)).isEqualTo("The file is empty.");
    }

    @Test
    void read_refusesBinaryJunk() {
      byte[] junk = new byte[4096];
      new Random(42).nextBytes(junk);

      assertThat(refusal(junk))
          .isEqualTo("This is not an iCalendar file: it holds binary data, not text.");
    }

    @Test
    void read_refusesAFileOverTheSizeLimit() {
      byte[] big = new byte[BusyCalendar.MAX_BYTES + 1];
      Arrays.fill(big, (byte) 'A');

      assertThat(refusal(big)).contains("larger than 2 MB");
    }

    @Test
    void read_refusesTextThatIsNotACalendar() {
      assertThat(refusal(bytes("Dear volunteer coordinator,\nI am free on Tuesdays.\n")))
          .isEqualTo("This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.");
      assertThat(refusal(bytes("BEGIN:VEVENT\r\nDTSTART:20250301T090000Z\r\nEND:VEVENT\r\n")))
          .isEqualTo("This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.");
    }

    @Test
    void read_refusesACalendarNoneOfWhoseEventsCanBeParsed() {
      byte[] ics = calendar("BEGIN:VEVENT", "DTSTART;BROKEN:20250301T110000Z", "END:VEVENT");

      assertThat(refusal(ics))
          .isEqualTo(
              "This calendar file could not be read: none of its events could be understood.");
    }

    @Test
    void read_refusesAPeriodThatIsMissingOrEndsBeforeItStarts() {
      byte[] ics = calendarWith(event("20250301T090000Z", "20250301T100000Z"));
      Instant now = Instant.parse("2025-03-01T00:00:00Z");

      assertThat(BusyCalendar.read(ics, now, now)).isInstanceOf(Refused.class);
      assertThat(BusyCalendar.read(ics, now, now.minusSeconds(1))).isInstanceOf(Refused.class);
      assertThat(BusyCalendar.read(ics, null, now)).isInstanceOf(Refused.class);
    }

    private static String refusal(byte[] ics) {
      Reading reading =
          BusyCalendar.read(
              ics, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z"));
      assertThat(reading).isInstanceOf(Refused.class);
      return ((Refused) reading).reason();
    }
  }

  private static Read read(byte[] ics, String from, String to) {
    return read(ics, from, to, ZoneOffset.UTC);
  }

  private static Read read(byte[] ics, String from, String to, ZoneId defaultZone) {
    Reading reading = BusyCalendar.read(ics, Instant.parse(from), Instant.parse(to), defaultZone);
    assertThat(reading).isInstanceOf(Read.class);
    return (Read) reading;
  }

  private static Interval busy(String start, String end) {
    return new Interval(Instant.parse(start), Instant.parse(end));
  }

  /** A calendar holding these content lines, with CRLF endings as RFC 5545 asks. */
  private static byte[] calendar(String... lines) {
    return bytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Seedbed//tests//EN\r\n"
            + String.join("\r\n", lines)
            + "\r\nEND:VCALENDAR\r\n");
  }

  private static byte[] calendarWith(String[]... events) {
    return calendar(Arrays.stream(events).flatMap(Arrays::stream).toArray(String[]::new));
  }

  private static String[] event(String start, String end) {
    return new String[] {"BEGIN:VEVENT", "DTSTART:" + start, "DTEND:" + end, "END:VEVENT"};
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
