package coop.seedbed.booking;

import coop.seedbed.calendar.BusyCalendar;
import coop.seedbed.calendar.Interval;
import coop.seedbed.testing.SharedData;
import coop.seedbed.testing.bench.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Free-slot computation for 50 volunteers over 4 weeks ({@code ./mvnw -Pbench verify
 * -Dit.test=SlotBenchmark}), no container. Each volunteer's busy times are read with {@link
 * BusyCalendar} from one of the real files in {@code ../shared/data/ics/} plus a weekly meeting of
 * their own, and each has a few calls booked. The median of 200 rounds of all 50 is reported,
 * against reading the same 50 calendars again in the same run as the baseline.
 */
class SlotBenchmark {

  static final int VOLUNTEERS = 50;
  static final int ROUNDS = 200;
  static final List<String> ZONES =
      List.of(
          "Europe/London",
          "America/New_York",
          "Pacific/Auckland",
          "Asia/Kolkata",
          "Europe/Madrid",
          "America/Los_Angeles",
          "Australia/Sydney",
          "Asia/Tokyo",
          "America/Toronto",
          "Europe/Berlin");

  @Test
  void freeSlotsOfFiftyVolunteersOverFourWeeks() throws Exception {
    Path folder = SharedData.require("ics");
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".ics")).sorted().toList()) {
        files.add(Files.readAllBytes(file));
      }
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant to = now.plus(Duration.ofDays(28));

    List<Availability> availabilities = new ArrayList<>();
    List<byte[]> calendars = new ArrayList<>();
    List<List<Interval>> booked = new ArrayList<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      ZoneId zone = ZoneId.of(ZONES.get(v % ZONES.size()));
      availabilities.add(
          new Availability(
              zone,
              List.of(
                  WeeklyHours.of(
                      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                      LocalTime.of(9, 0),
                      LocalTime.of(17, 0)),
                  WeeklyHours.of(
                      EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                      LocalTime.of(18, 0),
                      LocalTime.of(21, 0))),
              List.of(),
              Duration.ofMinutes(60),
              Duration.ofMinutes(15),
              Duration.ofHours(24),
              Duration.ofDays(28),
              5));
      calendars.add(withWeeklyMeeting(files.get(v % files.size()), v));
      List<Interval> calls = new ArrayList<>();
      for (int c = 1; c <= 3; c++) {
        calls.add(
            Interval.of(
                now.plus(Duration.ofDays(c * 5L)).truncatedTo(ChronoUnit.HOURS),
                Duration.ofHours(1)));
      }
      booked.add(calls);
    }

    List<List<Interval>> busy = new ArrayList<>();
    int busyCount = 0;
    for (int v = 0; v < VOLUNTEERS; v++) {
      BusyCalendar.Reading reading =
          BusyCalendar.read(calendars.get(v), now, to, availabilities.get(v).zone());
      List<Interval> times =
          reading instanceof BusyCalendar.Read read ? read.busy() : List.<Interval>of();
      busy.add(times);
      busyCount += times.size();
    }

    List<Double> computeMillis = new ArrayList<>();
    List<Double> readMillis = new ArrayList<>();
    List<Double> oneVolunteerMillis = new ArrayList<>();
    int slots = 0;
    for (int round = 0; round < ROUNDS + 20; round++) {
      long start = System.nanoTime();
      int found = 0;
      for (int v = 0; v < VOLUNTEERS; v++) {
        long one = System.nanoTime();
        found +=
            SlotPlanner.freeSlots(availabilities.get(v), busy.get(v), booked.get(v), now, now, to)
                .size();
        if (round >= 20) {
          oneVolunteerMillis.add((System.nanoTime() - one) / 1e6);
        }
      }
      double compute = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      for (int v = 0; v < VOLUNTEERS; v++) {
        BusyCalendar.read(calendars.get(v), now, to, availabilities.get(v).zone());
      }
      double read = (System.nanoTime() - start) / 1e6;
      if (round >= 20) { // the first rounds warm the JIT up and are not counted
        computeMillis.add(compute);
        readMillis.add(read);
        slots = found;
      }
    }
    double compute = median(computeMillis);
    double read = median(readMillis);
    List<String> report = new ArrayList<>();
    report.add(
        "Free-slot benchmark, "
            + Runtime.getRuntime().availableProcessors()
            + " cores: "
            + VOLUNTEERS
            + " volunteers in "
            + ZONES.size()
            + " zones over 4 weeks, "
            + busyCount
            + " busy times read from "
            + files.size()
            + " real .ics files (plus a weekly meeting each), 3 calls booked each; "
            + slots
            + " free slots; median of "
            + ROUNDS
            + " rounds");
    report.add("");
    report.add("| measure | median | p99 | against reading the 50 calendars |");
    report.add("|---|---|---|---|");
    report.add(
        String.format(
            Locale.ROOT,
            "| free slots, all 50 volunteers | %.2f ms | %.2f ms | %.3fx |",
            compute,
            percentile(computeMillis, 0.99),
            compute / read));
    report.add(
        String.format(
            Locale.ROOT,
            "| free slots, one volunteer | %.3f ms | %.3f ms | |",
            median(oneVolunteerMillis),
            percentile(oneVolunteerMillis, 0.99)));
    report.add(
        String.format(
            Locale.ROOT,
            "| reading the 50 busy calendars (baseline) | %.2f ms | %.2f ms | 1x |",
            read,
            percentile(readMillis, 0.99)));
    Report.write("slots", report);
  }

  /** The real file, followed by a second calendar holding a weekly meeting in the coming weeks. */
  private static byte[] withWeeklyMeeting(byte[] real, int v) {
    String meeting =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Seedbed//Bench//EN\r\nBEGIN:VEVENT\r\n"
            + "UID:weekly-"
            + v
            + "@bench\r\nDTSTAMP:20260101T000000Z\r\n"
            + "DTSTART;TZID=Europe/London:20260105T"
            + String.format(Locale.ROOT, "%02d", 9 + v % 8)
            + "0000\r\nDURATION:PT90M\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\nSUMMARY:Team meeting\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    byte[] extra = meeting.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] both = new byte[real.length + 2 + extra.length];
    System.arraycopy(real, 0, both, 0, real.length);
    both[real.length] = '\r';
    both[real.length + 1] = '\n';
    System.arraycopy(extra, 0, both, real.length + 2, extra.length);
    return both;
  }

  private static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
  }
}
