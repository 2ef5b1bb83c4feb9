package coop.seedbed.accelerator;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /accelerator/tracks/{programme}}: a programme's self-paced track, open to anyone; a
 * signed-in person marks guides read (or not yet) with a button each, and sees how far they are.
 */
@Named
@RequestScoped
public class TrackPage {

  @Inject TrackService tracks;
  @Inject CurrentCaller caller;

  private String programme;
  private TrackView track;

  @PostConstruct
  void readParameters() {
    programme = RunPages.params().get("programme");
  }

  public void load() {
    if (programme == null) {
      Pages.notFound();
      return;
    }
    getTrack();
  }

  public TrackView getTrack() {
    if (track == null && programme != null) {
      track = RunPages.read(() -> tracks.track(caller.get(), programme), here());
    }
    return track;
  }

  public String markRead() {
    String slug = RunPages.params().get("slug");
    if (Pages.attempt(() -> tracks.markRead(caller.get(), programme, slug == null ? "" : slug))) {
      return Pages.redirect(here() + "#guide-" + slug);
    }
    return null;
  }

  public String markUnread() {
    String slug = RunPages.params().get("slug");
    if (Pages.attempt(() -> tracks.markUnread(caller.get(), programme, slug == null ? "" : slug))) {
      return Pages.redirect(here() + "#guide-" + slug);
    }
    return null;
  }

  public String getSignIn() {
    return "/signin?next=" + RunPages.enc(here());
  }

  private String here() {
    return "/accelerator/tracks/" + programme;
  }

  public String getProgramme() {
    return programme;
  }
}
