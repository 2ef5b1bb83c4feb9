package coop.seedbed.matching;

import java.time.Instant;
import java.util.List;

/**
 * A founding circle as one of its members sees it: the others' profiles and answers, why these
 * people, and once it has formed, the addresses of those who said yes (to those who said yes), a
 * checklist for the first weeks and a link to book one Digital Candle call together.
 */
public record CircleView(
    long id,
    String status,
    int fit,
    List<String> reasons,
    String yourAnswer,
    List<Member> members,
    Instant formedAt,
    List<String> checklist,
    String guide,
    String candle) {

  /** A member of the circle; {@code email} only once the circle formed and both said yes. */
  public record Member(PersonView person, String answer, String email) {}
}
