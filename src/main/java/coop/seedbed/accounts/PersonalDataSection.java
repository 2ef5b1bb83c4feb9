package coop.seedbed.accounts;

import jakarta.json.JsonValue;

/**
 * Implemented by each feature that keeps data about a person, so that an export contains all of it
 * and a deleted account leaves nothing of theirs behind. Implementations are CDI beans; both
 * methods run inside the transaction of the export or the deletion.
 */
public interface PersonalDataSection {

  /** The key of this section in the exported JSON, such as {@code "mail"}. */
  String name();

  JsonValue export(long accountId, String email);

  /** Deletes or anonymises this feature's data about the person. */
  void erase(long accountId, String email);
}
