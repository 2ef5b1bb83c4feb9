package coop.seedbed.shared;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of Seedbed's own, as opposed to a mistake in what someone sent: logged once, with its
 * stack trace, under an id that the person who met it is shown, so that they can quote it.
 */
public final class Incidents {

  private Incidents() {}

  /** Logs the fault at SEVERE and returns the id to show. */
  public static String log(Logger log, String what, Throwable fault) {
    String id = UUID.randomUUID().toString();
    log.log(Level.SEVERE, what + ", incident " + id, fault);
    return id;
  }
}
