package coop.seedbed.guides;

import coop.seedbed.accounts.AccountService;
import coop.seedbed.accounts.Caller;
import coop.seedbed.accounts.Role;
import coop.seedbed.shared.LoadDemoContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A few short public documents written by the Seedbed team, marked as demos in their titles, so
 * that the document library of a fresh start has something to open, download and find in search.
 * They go through the same storing and text extraction as an upload. A document once there is left
 * as it is.
 */
@ApplicationScoped
class DemoDocuments {

  static final String UPLOADER = "library@demo.seedbed.invalid";

  record Demo(
      String file, String title, String summary, String jurisdiction, List<String> topics) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "membership-application.txt",
              "Membership application form for a worker co-op (demo)",
              "Demo document: a one-page form a small worker co-op could hand to someone asking to"
                  + " join, with the share, the trial period and the vote that admits them.",
              "",
              List.of("getting-started", "governance")),
          new Demo(
              "board-minutes-template.txt",
              "Minutes of a members' meeting: a template (demo)",
              "Demo document: headings for the minutes of a general meeting, so that decisions,"
                  + " votes and who said they would do what are written down the same way each time.",
              "",
              List.of("governance")),
          new Demo(
              "members-agreement-outline.txt",
              "Outline of a members' agreement, England and Wales (demo)",
              "Demo document: the sections a members' agreement of a small co-operative society"
                  + " usually has, as questions to answer together. Information, not legal advice.",
              "GB",
              List.of("legal", "governance")));

  @Inject AccountService accounts;
  @Inject AddDocuments uploads;

  @Inject
  @ConfigProperty(name = "seedbed.content.dir")
  String contentDir;

  void load(@Observes LoadDemoContent request) {
    Path folder = Path.of(contentDir, "demo", "documents");
    if (!Files.isDirectory(folder)) {
      return;
    }
    Caller uploader = accounts.demoAccount(UPLOADER, "Seedbed demo library", Role.MEMBER);
    int added = 0;
    for (Demo demo : DEMOS) {
      if (uploads.hasSlugOf(demo.title())) {
        continue;
      }
      uploads.store(
          uploader,
          new DocumentRequest(
              demo.title(), demo.summary(), demo.jurisdiction(), demo.topics(), "CC BY 4.0"),
          demo.file(),
          read(folder.resolve(demo.file())));
      added++;
    }
    request.added(added, "demo documents");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
