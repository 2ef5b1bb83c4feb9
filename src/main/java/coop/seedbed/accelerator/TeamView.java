package coop.seedbed.accelerator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A team of a running cohort as its members, mentors and staff see it: milestones, check-ins,
 * notes, mentors and sessions, times read in the zone it names. {@code feedUrl} is the viewer's own
 * calendar address, for members only.
 */
public record TeamView(
    long id,
    String reference,
    String projectName,
    String cohort,
    String cohortName,
    String programme,
    String timeZone,
    String role,
    int fortnight,
    LocalDate fortnightStarts,
    boolean checkedInThisFortnight,
    List<MilestoneView> milestones,
    List<CheckInView> checkIns,
    List<NoteView> notes,
    List<String> mentors,
    List<SessionView> sessions,
    InterviewView interview,
    String feedUrl) {

  /** One milestone; {@code doneOn} is a date of the cohort's calendar. */
  public record MilestoneView(long id, String title, boolean done, LocalDate doneOn, String note) {

    static MilestoneView from(Milestone m) {
      return new MilestoneView(m.id, m.title, m.doneOn != null, m.doneOn, m.note);
    }
  }

  /** One fortnight's check-in, and who last wrote it. */
  public record CheckInView(
      int period,
      LocalDate fortnightStarts,
      String progress,
      String blockers,
      String author,
      Instant writtenAt,
      String when) {}

  /** A note by a mentor or staff. */
  public record NoteView(long id, String body, String author, Instant writtenAt, String when) {}
}
