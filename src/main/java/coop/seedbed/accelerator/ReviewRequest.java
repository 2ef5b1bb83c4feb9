package coop.seedbed.accelerator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A reviewer's scores, saved as a draft or, with {@code submit}, handed in; a submitted review no
 * longer changes. Every criterion needs a score and a confidence (1 unsure to 3 sure) to submit.
 */
public record ReviewRequest(
    @Size(max = 12, message = "Score at most 12 criteria.") List<@Valid ScoreRequest> scores,
    @Size(max = Review.COMMENT_LENGTH, message = "Keep the comment under 4,000 characters.")
        String comment,
    Boolean submit) {

  /** One criterion's score, by the criterion's id. */
  public record ScoreRequest(
      Long criterion,
      Integer score,
      Integer confidence,
      @Size(max = ReviewScore.COMMENT_LENGTH, message = "Keep each comment under 2,000 characters.")
          String comment) {}
}
