package coop.seedbed.matching;

import java.util.List;

/**
 * One suggestion with its reasons: each reason is a part of the score, with its points, and the
 * score is their sum. A person is shown as a {@link PersonView}; an open role as a {@link
 * RoleView}.
 */
public record SuggestionView(
    String list,
    String kind,
    long id,
    String name,
    int score,
    List<Reason> reasons,
    PersonView person,
    RoleView role) {

  /** A reason, as the score's part it is. */
  public record Reason(String code, int points, String text) {
    static Reason of(Scoring.Part part) {
      return new Reason(part.code(), part.points(), part.text());
    }
  }
}
