package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.NotFoundException;
import coop.seedbed.shared.NotSignedInException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /accelerator/reviews/{id}}: the application to read (in a blind cohort with everything
 * that names the team taken out), the rubric as a form with a level, a confidence and a comment per
 * criterion, and the others' scores once this review is in. A reviewer with a conflict is refused
 * the page (403) and told why; one who finds a conflict can declare it here.
 */
@Named
@RequestScoped
public class ReviewPage {

  @Inject ReviewService reviews;
  @Inject CurrentCaller caller;

  private long id;
  private boolean postback;
  private Map<String, String> params = Map.of();
  private ReviewView review;
  private String refused;
  private final Map<String, String> errors = new HashMap<>();
  private String comment;
  private String reason;

  @PostConstruct
  void read() {
    FacesContext faces = FacesContext.getCurrentInstance();
    params = faces.getExternalContext().getRequestParameterMap();
    try {
      id = Long.parseLong(params.getOrDefault("id", "0"));
    } catch (NumberFormatException e) {
      id = 0;
    }
    postback = faces.isPostback();
  }

  public String load() {
    try {
      if (getReview() == null && refused == null) {
        Pages.notFound();
        return null;
      }
      if (refused != null) {
        HttpServletResponse response =
            (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setStatus(403);
      } else {
        comment = review.mine().comment();
      }
    } catch (NotSignedInException e) {
      return Pages.redirect("/signin?next=/accelerator/reviews/" + id);
    }
    return null;
  }

  public ReviewView getReview() {
    if (review == null && refused == null && id > 0) {
      try {
        review = reviews.open(caller.get(), id);
      } catch (NotFoundException e) {
        return null;
      } catch (ForbiddenException e) {
        refused = e.getMessage();
      }
    }
    return review;
  }

  public String getRefused() {
    getReview();
    return refused;
  }

  /** The level chosen for a criterion: posted, else saved. */
  public int score(long criterion) {
    if (postback) {
      return number(params.get("score-" + criterion));
    }
    return mine(criterion).map(ReviewView.ScoreView::score).orElse(0);
  }

  public int confidence(long criterion) {
    if (postback) {
      return number(params.get("confidence-" + criterion));
    }
    return mine(criterion).map(ReviewView.ScoreView::confidence).orElse(0);
  }

  public String criterionComment(long criterion) {
    if (postback) {
      return params.getOrDefault("comment-" + criterion, "");
    }
    return mine(criterion).map(ReviewView.ScoreView::comment).orElse("");
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String error(String prefix, long criterion) {
    return errors.get(prefix + criterion);
  }

  public String save() {
    return store(false);
  }

  public String submit() {
    return store(true);
  }

  private String store(boolean submit) {
    List<ReviewRequest.ScoreRequest> scores = new ArrayList<>();
    for (ProgrammeView.CriterionView c : getReview().rubric()) {
      int score = number(params.get("score-" + c.id()));
      int sure = number(params.get("confidence-" + c.id()));
      scores.add(
          new ReviewRequest.ScoreRequest(
              c.id(),
              score == 0 ? null : score,
              sure == 0 ? null : sure,
              params.get("comment-" + c.id())));
    }
    boolean done =
        Pages.attempt(
            () -> {
              try {
                reviews.save(caller.get(), id, new ReviewRequest(scores, comment, submit));
              } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
                throw e;
              }
            },
            "comment");
    if (done) {
      Pages.notice(
          submit
              ? "Review submitted. You can now see how the others scored it."
              : "Saved as a draft; submit it when you are done.");
      return Pages.redirect("/accelerator/reviews/" + id);
    }
    return null;
  }

  public String declare() {
    ReviewView current = getReview();
    if (current == null) {
      return null;
    }
    long application = Long.parseLong(current.reference().substring(2));
    if (Pages.attempt(
        () -> reviews.declareConflict(caller.get(), application, new ConflictRequest(reason)),
        "reason")) {
      Pages.notice(
          "Thank you. The conflict is recorded and this application will go to someone else.");
      return Pages.redirect("/accelerator/reviews");
    }
    return null;
  }

  public String due() {
    return Times.at(getReview().dueAt(), ZoneId.of("UTC"));
  }

  private Optional<ReviewView.ScoreView> mine(long criterion) {
    return getReview().mine().scores().stream().filter(s -> s.criterion() == criterion).findFirst();
  }

  private static int number(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public long getId() {
    return id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String format(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** 1, 2, ... up to the scale's number of levels, for the rubric's radios. */
  public List<Integer> levels() {
    List<Integer> levels = new ArrayList<>();
    for (int i = 1; i <= getReview().scale(); i++) {
      levels.add(i);
    }
    return levels;
  }
}
