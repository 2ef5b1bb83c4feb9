package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /accelerator/invitation/{token}}: the link in an invitation mail. It says whose team and
 * which cohort, and once the person is signed in, lets them join or say no.
 */
@Named
@RequestScoped
public class InvitationPage {

  @Inject ApplicationService applications;
  @Inject CurrentCaller caller;

  private String token;
  private ApplicationService.InvitationView invitation;
  private boolean invalid;

  @PostConstruct
  void read() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
  }

  public ApplicationService.InvitationView getInvitation() {
    if (invitation == null && !invalid) {
      try {
        invitation = applications.invitation(token);
      } catch (NotFoundException e) {
        invalid = true;
      }
    }
    return invitation;
  }

  public String join() {
    return answer(true);
  }

  public String decline() {
    return answer(false);
  }

  private String answer(boolean join) {
    ApplicationService.InvitationView[] answered = new ApplicationService.InvitationView[1];
    if (Pages.attempt(
        () -> answered[0] = applications.answerInvitation(caller.get(), token, join))) {
      if (join) {
        Pages.notice("You are on the team. Here is your application.");
        return Pages.redirect("/accelerator/applications/" + answered[0].application());
      }
      Pages.notice("You said no; the team's lead will see that.");
      return Pages.redirect("/accelerator");
    }
    return null;
  }

  public String getToken() {
    return token;
  }

  public String getSignInLink() {
    return "/signin?next=/accelerator/invitation/" + token;
  }
}
