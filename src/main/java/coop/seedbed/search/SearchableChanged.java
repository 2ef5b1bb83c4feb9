package coop.seedbed.search;

import java.util.List;

/**
 * Fired by a feature inside the transaction that changed things people can find. The change log
 * records it in that same transaction, so every instance's index learns of it once it commits.
 */
public record SearchableChanged(String type, List<String> ids) {

  public static SearchableChanged of(String type, long id) {
    return new SearchableChanged(type, List.of(String.valueOf(id)));
  }
}
