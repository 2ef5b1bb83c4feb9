package coop.seedbed.search;

import java.util.Set;

/**
 * This instance's index has taken in changes of these types, from this instance or from another one
 * through the change log. Caches of pages built from the database observe it, so that they follow
 * changes made elsewhere as soon as search does rather than after their time to live.
 */
public record IndexChanged(Set<String> types) {

  public boolean touches(String type) {
    return types.contains(type);
  }
}
