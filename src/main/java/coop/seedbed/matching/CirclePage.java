package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /match/circles/{id}}: a founding circle, as one of its members sees it. */
@Named
@RequestScoped
public class CirclePage {

  @Inject CircleService circles;
  @Inject CurrentCaller caller;

  private long id;
  private CircleView circle;

  @PostConstruct
  void read() {
    try {
      id =
          Long.parseLong(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("id"));
    } catch (NumberFormatException e) {
      id = 0;
    }
  }

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/match/circles/" + id);
    }
    if (getCircle() == null) {
      Pages.notFound();
    }
    return null;
  }

  public CircleView getCircle() {
    if (circle == null && id > 0 && caller.isSignedIn()) {
      try {
        circle = circles.circle(caller.get(), id);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return circle;
  }

  public String accept() {
    return answer(true);
  }

  public String decline() {
    return answer(false);
  }

  private String answer(boolean yes) {
    if (Pages.attempt(() -> circles.answer(caller.get(), id, yes))) {
      Pages.notice(yes ? "You are in." : "You said no; the others carry on without you.");
      return Pages.redirect("/match/circles/" + id);
    }
    return null;
  }

  public long getId() {
    return id;
  }
}
