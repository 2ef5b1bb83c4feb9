package coop.seedbed.matching;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /match/people/{id}}: someone's profile, as its owner chose to show it. */
@Named
@RequestScoped
public class PersonPage {

  @Inject ProfileService profiles;
  @Inject CurrentCaller caller;

  private long id;
  private PersonView person;

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

  public void load() {
    if (getPerson() == null) {
      Pages.notFound();
    }
  }

  public PersonView getPerson() {
    if (person == null && id > 0) {
      try {
        person = profiles.person(caller.get(), id);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return person;
  }
}
