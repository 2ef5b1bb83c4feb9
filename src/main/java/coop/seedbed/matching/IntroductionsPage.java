package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /match/introductions}: requests you received, to answer yes or no, and those you made; an
 * introduction both said yes to shows the other's address, and only then.
 */
@Named
@RequestScoped
public class IntroductionsPage {

  @Inject IntroductionService introductions;
  @Inject CurrentCaller caller;

  private List<IntroductionView> list;

  public String load() {
    if (!caller.isSignedIn()) {
      return Pages.redirect("/signin?next=/match/introductions");
    }
    return null;
  }

  public List<IntroductionView> getReceived() {
    return all().stream().filter(i -> i.direction().equals("received")).toList();
  }

  public List<IntroductionView> getAsked() {
    return all().stream().filter(i -> i.direction().equals("asked")).toList();
  }

  private List<IntroductionView> all() {
    if (list == null) {
      list = caller.isSignedIn() ? introductions.mine(caller.get()) : List.of();
    }
    return list;
  }

  public String accept() {
    return answer(true);
  }

  public String decline() {
    return answer(false);
  }

  private String answer(boolean yes) {
    long id;
    try {
      id =
          Long.parseLong(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("introduction"));
    } catch (NumberFormatException e) {
      return null;
    }
    if (Pages.attempt(() -> introductions.answer(caller.get(), id, yes))) {
      Pages.notice(
          yes
              ? "You both said yes: your addresses are on their way to each other, with an introduction."
              : "Answered. They are told gently, without a reason.");
      return Pages.redirect("/match/introductions");
    }
    return null;
  }
}
