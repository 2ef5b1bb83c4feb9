package coop.seedbed.search;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** {@code /search/insights}: for staff, what people search for and what they do not find. */
@Named
@RequestScoped
public class SearchInsightsPage {

  @Inject QueryStats stats;
  @Inject Indexing indexing;
  @Inject CurrentCaller caller;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/search/insights");
    }
    if (!caller.isStaff()) {
      Pages.notFound();
    }
    return null;
  }

  public List<QueryStats.Row> getTop() {
    return stats.top(false, 50);
  }

  public List<QueryStats.Row> getNotFound() {
    return stats.top(true, 50);
  }

  public String getState() {
    return indexing.state().name().toLowerCase(Locale.ROOT);
  }

  public String rebuild() {
    caller.get().requireStaff();
    if (indexing.requestRebuild()) {
      Pages.notice(
          "The index is being rebuilt; search keeps answering from the current one meanwhile.");
    } else {
      Pages.notice("A build is already running.");
    }
    return Pages.redirect("/search/insights");
  }
}
