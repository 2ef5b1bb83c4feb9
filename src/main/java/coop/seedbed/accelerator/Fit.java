package coop.seedbed.accelerator;

import java.util.List;

/**
 * How well a reviewer's expertise fits an application, the number the assignment maximises: 2 when
 * the application's sector is one the reviewer knows, plus one for each shared topic, at most 3. So
 * 0 to 5, and sector counts for more than any single topic.
 */
final class Fit {

  static final int SECTOR = 2;
  static final int MAX_TOPICS = 3;

  private Fit() {}

  static int of(List<String> reviewerSectors, List<String> reviewerTopics, Application a) {
    int fit = a.sector != null && reviewerSectors.contains(a.sector) ? SECTOR : 0;
    int shared = 0;
    for (String topic : a.topics) {
      if (reviewerTopics.contains(topic)) {
        shared++;
      }
    }
    return fit + Math.min(MAX_TOPICS, shared);
  }
}
