package coop.seedbed.accelerator;

import coop.seedbed.accounts.Caller;
import coop.seedbed.guides.Guide;
import coop.seedbed.guides.GuideLibrary;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's self-paced track, the way on for every team it does not take: its guides in order,
 * open to anyone, with a signed-in person's progress kept as guides marked read. A guide since
 * taken out of the library is left out rather than shown as a dead link.
 */
@ApplicationScoped
public class TrackService {

  @Inject Cohorts cohorts;
  @Inject CohortRuns runs;
  @Inject GuideLibrary guides;
  @Inject Clock clock;

  @Transactional
  public TrackView track(@NotNull Caller caller, @NotNull String programmeSlug) {
    Programme p = programme(programmeSlug);
    Map<String, OffsetDateTime> progress =
        caller.accountId() == null ? Map.of() : runs.progress(caller.accountId());
    List<TrackView.GuideStep> steps = new ArrayList<>();
    for (String slug : p.track) {
      Optional<Guide> guide = guides.current().find(slug);
      if (guide.isEmpty()) {
        continue;
      }
      OffsetDateTime readAt = progress.get(slug);
      steps.add(
          new TrackView.GuideStep(
              slug,
              guide.get().title(),
              "/guides/" + slug,
              readAt != null,
              readAt == null ? null : readAt.toInstant()));
    }
    return new TrackView(
        p.slug,
        p.name,
        caller.accountId() != null,
        (int) steps.stream().filter(TrackView.GuideStep::read).count(),
        steps);
  }

  @Transactional
  public TrackView markRead(
      @NotNull Caller caller, @NotNull String programmeSlug, @NotNull String guideSlug) {
    long accountId = caller.requirePerson();
    runs.markRead(accountId, step(programmeSlug, guideSlug), OffsetDateTime.now(clock));
    return track(caller, programmeSlug);
  }

  @Transactional
  public TrackView markUnread(
      @NotNull Caller caller, @NotNull String programmeSlug, @NotNull String guideSlug) {
    long accountId = caller.requirePerson();
    runs.markUnread(accountId, step(programmeSlug, guideSlug));
    return track(caller, programmeSlug);
  }

  private String step(String programmeSlug, String guideSlug) {
    Programme p = programme(programmeSlug);
    if (!p.track.contains(guideSlug) || guides.current().find(guideSlug).isEmpty()) {
      throw new NotFoundException(
          "The track of " + p.name + " has no guide at /guides/" + Fields.clip(guideSlug) + ".");
    }
    return guideSlug;
  }

  private Programme programme(String slug) {
    if (slug.length() > 80) {
      throw new NotFoundException("There is no such programme.");
    }
    return cohorts.getProgramme(slug);
  }
}
