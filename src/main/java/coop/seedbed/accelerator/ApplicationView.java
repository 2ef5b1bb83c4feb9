package coop.seedbed.accelerator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An application as its team (and staff) see it: the answers, the team, where it stands, what can
 * still be done with it, and, once decided, what comes next.
 */
public record ApplicationView(
    long id,
    String reference,
    String cohort,
    String cohortName,
    String status,
    String decision,
    Instant respondBy,
    String projectName,
    String website,
    String organisation,
    String sector,
    List<String> topics,
    String country,
    String summary,
    Map<String, String> answers,
    List<FileView> files,
    List<MemberView> members,
    Instant closesAt,
    String timeZone,
    boolean editable,
    List<String> missing,
    boolean shortlisted,
    Instant interviewAt,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    NextSteps nextSteps) {

  /** A file answer: its name and whether its text could be read. */
  public record FileView(
      String question, String fileName, String mediaType, long size, String status, String reason) {
    static FileView from(Question q, ApplicationFiles.Stored f) {
      return new FileView(q.code(), f.fileName(), f.mediaType(), f.size(), f.status(), f.reason());
    }
  }

  /** A person on the team; addresses are only ever shown to the team and staff. */
  public record MemberView(long id, String name, String email, boolean lead, String status) {
    static MemberView from(Member m) {
      return new MemberView(
          m.id, m.name, m.email, m.lead, m.status.name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Where a team not taken (or still waiting) can go from here: a Digital Candle call on its topic,
   * and the programme's self-paced track through our guides.
   */
  public record NextSteps(String candle, String track) {}
}
