package coop.seedbed.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks every feature to add its demo content that is not there yet. Observers say what they added
 * ("3 demo volunteers"), so that the caller can report it.
 */
public final class LoadDemoContent {

  private final List<String> added = new ArrayList<>();

  public void added(int count, String what) {
    added.add(count + " " + what);
  }

  public List<String> added() {
    return List.copyOf(added);
  }
}
