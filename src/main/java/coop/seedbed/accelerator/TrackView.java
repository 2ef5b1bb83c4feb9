package coop.seedbed.accelerator;

import java.time.Instant;
import java.util.List;

/**
 * A programme's self-paced track: its guides in order, and for a signed-in person which of them
 * they have marked as read.
 */
public record TrackView(
    String programme, String name, boolean signedIn, int read, List<GuideStep> guides) {

  /** One guide of the track; {@code readAt} is when the person marked it as read. */
  public record GuideStep(String slug, String title, String link, boolean read, Instant readAt) {}
}
