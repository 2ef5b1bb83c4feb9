package coop.seedbed.directory;

import coop.seedbed.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the sample listings shipped in {@code content/directory/} at start, through the same import
 * as staff use, so that the embedded default shows a directory with something in it. Loading again
 * updates samples that nobody has claimed and adds none twice.
 */
@ApplicationScoped
class SampleListings {

  private static final Logger LOG = Logger.getLogger(SampleListings.class.getName());

  @Inject ImportService importer;

  @Inject
  @ConfigProperty(name = "seedbed.content.dir")
  String contentDir;

  @Inject
  @ConfigProperty(name = "seedbed.directory.load-samples")
  boolean loadSamples;

  void load(@Observes SchemaReady ready) {
    Path file = Path.of(contentDir, "directory", "sample-organisations.jsonl");
    if (!loadSamples || !Files.isRegularFile(file)) {
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      ImportReport report = importer.run(in, Origin.SAMPLE);
      LOG.info(
          () ->
              "Sample listings: " + report.created() + " added, " + report.updated() + " updated");
      report
          .rejected()
          .forEach(p -> LOG.warning(() -> "Sample listing line " + p.line() + ": " + p.reason()));
    } catch (IOException e) {
      LOG.warning(() -> "Could not read " + file + ": " + e.getMessage());
    }
  }
}
