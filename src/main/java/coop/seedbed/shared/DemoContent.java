package coop.seedbed.shared;

import coop.seedbed.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clearly marked demo content (volunteers with hours, public documents, an open cohort), so that
 * someone trying Seedbed on the embedded database finds something to book, read and apply to. Each
 * feature that has demo content observes {@link LoadDemoContent} and adds what is not there yet;
 * this class only decides when: at start when {@code seedbed.demo-content} asks for it, or when
 * staff ask for it.
 */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  @Inject Event<LoadDemoContent> load;

  @Inject
  @ConfigProperty(name = "seedbed.demo-content")
  String setting;

  @Inject
  @ConfigProperty(name = "seedbed.db.url")
  String databaseUrl;

  void atStart(@Observes SchemaReady ready) {
    if (!wanted(setting, databaseUrl)) {
      return;
    }
    try {
      List<String> added = loadNow();
      LOG.info(() -> "Demo content: " + added + " (seedbed.demo-content=false turns it off)");
    } catch (RuntimeException e) {
      // Seedbed runs without its demo content; a failure here must not stop the start.
      LOG.log(Level.WARNING, "Demo content could not be loaded", e);
    }
  }

  /** Adds every feature's demo content that is missing; says what each added. */
  public List<String> loadNow() {
    LoadDemoContent event = new LoadDemoContent();
    load.fire(event);
    return event.added();
  }

  /**
   * {@code auto} loads it only on the embedded H2 database, never into PostgreSQL or any other
   * unless the setting is {@code true} (or staff ask).
   */
  static boolean wanted(String setting, String databaseUrl) {
    return switch (setting.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:");
    };
  }
}
