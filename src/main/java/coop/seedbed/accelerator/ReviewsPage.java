package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.accounts.Role;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** {@code /accelerator/reviews}: a reviewer's assignments, to do first, with a search. */
@Named
@RequestScoped
public class ReviewsPage {

  @Inject ReviewService reviews;
  @Inject CurrentCaller caller;

  private String q;
  private String tz;
  private List<AssignmentView> list;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/accelerator/reviews");
    }
    return null;
  }

  public boolean isReviewer() {
    return caller.get().has(Role.REVIEWER);
  }

  public List<AssignmentView> getAssignments() {
    if (list == null) {
      list = isReviewer() ? reviews.assignments(caller.get(), q) : List.of();
    }
    return list;
  }

  public String due(Instant at) {
    return Times.at(at, Times.visitorZone(tz));
  }

  public String getZone() {
    return Times.visitorZone(tz).getId();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getTz() {
    return tz;
  }

  public void setTz(String tz) {
    this.tz = tz;
  }

  public String join(List<String> values) {
    return String.join(", ", values);
  }
}
