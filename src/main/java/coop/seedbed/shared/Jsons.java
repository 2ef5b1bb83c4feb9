package coop.seedbed.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code JSON.createObjectBuilder()} and its siblings
 * look the provider up through the service loader on every call, scanning every jar of the WAR:
 * with Tika's jars on the class path that made importing the real directory ten times slower.
 */
public final class Jsons {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsons() {}
}
