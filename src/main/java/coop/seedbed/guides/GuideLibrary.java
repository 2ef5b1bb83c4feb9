package coop.seedbed.guides;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.database.SqlStates;
import coop.seedbed.shared.Incidents;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every guide in {@code content/guides/}, read at start and again whenever a file there changes.
 * Readers always see one whole, consistent set: a reload builds a new {@link Library} and swaps it
 * in. A file with problems is left out and its problems logged (and shown to staff), so one typo
 * never takes the other guides down. Each reload tells the search index which guides changed.
 */
@ApplicationScoped
public class GuideLibrary {

  private static final Logger LOG = Logger.getLogger(GuideLibrary.class.getName());

  /** Addresses on Seedbed other than guides that a guide may link to. */
  static final List<String> SITE_PATHS =
      List.of(
          "/",
          "/coops",
          "/coops/new",
          "/search",
          "/guides",
          "/documents",
          "/candle",
          "/accelerator",
          "/signup",
          "/signin",
          "/account");

  @Inject
  @ConfigProperty(name = "seedbed.content.dir")
  String contentDir;

  @Inject
  @ConfigProperty(name = "seedbed.guides.reload-interval")
  Duration reloadInterval;

  @Inject GuideIndexState indexState;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  /**
   * How long a file's modification time may hide a later change: some file systems keep it to the
   * second or two. A folder changed this recently before the last read is read again whatever its
   * names, sizes and times say.
   */
  private static final Duration COARSEST_FILE_TIME = Duration.ofSeconds(2);

  private volatile Library library;
  private volatile String fingerprint = "";
  // The folder's names, sizes and times when it was last read, and when that read began.
  private volatile FolderStamp readStamp;
  private volatile Instant readAt = Instant.MIN;
  private volatile boolean indexed;
  private volatile boolean announceFailing;
  private final WakeableLoop watcher = new WakeableLoop();

  /** The guides as last read, and what was wrong with the files left out. */
  public record Library(Map<String, Guide> guides, Map<String, List<String>> problems) {

    public List<Guide> all() {
      return List.copyOf(guides.values());
    }

    public Optional<Guide> find(String slug) {
      return Optional.ofNullable(guides.get(slug));
    }
  }

  void start(@Observes SchemaReady ready) {
    reload();
    if (!reloadInterval.isZero()) {
      watcher.start(threads, "seedbed-guide-reload", reloadInterval, this::reloadSafely);
    }
  }

  @PreDestroy
  void stop() {
    watcher.stop();
  }

  public Library current() {
    Library loaded = library;
    if (loaded == null) {
      reload();
      loaded = library;
    }
    return loaded;
  }

  private void reloadSafely() {
    try {
      reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading the guides failed; the last good set stays", e);
    }
  }

  /**
   * Reads the folder again if anything in it changed since the last read. Reading and hashing every
   * guide each time was most of what an idle server allocated (about 6 MB a second at the tests'
   * half-second interval), and kept the collector from ever finding the server idle and giving
   * memory back; the files' names, sizes and modification times tell first whether anything
   * changed.
   */
  synchronized void reload() {
    Path folder = Path.of(contentDir, "guides");
    // Real time, not the application's clock: it is compared with the file system's times.
    Instant started = Instant.now();
    FolderStamp stamp = FolderStamp.of(folder);
    if (library != null
        && indexed
        && stamp.equals(readStamp)
        && readAt.isAfter(stamp.newest().plus(COARSEST_FILE_TIME))) {
      return;
    }
    Map<String, String> files = read(folder);
    readStamp = stamp;
    readAt = started;
    String now =
        hash(
            String.join(
                "\u0000",
                files.entrySet().stream().map(e -> e.getKey() + "\u0001" + e.getValue()).toList()));
    if (now.equals(fingerprint) && library != null && indexed) {
      return;
    }
    if (!now.equals(fingerprint) || library == null) {
      library = build(files);
      fingerprint = now;
      library
          .problems()
          .forEach(
              (slug, problems) ->
                  LOG.warning(
                      () -> "Guide " + slug + ".md left out: " + String.join(" ", problems)));
      LOG.info(() -> "Guides read: " + library.guides().size() + " from " + folder);
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    library.guides().forEach((slug, guide) -> hashes.put(slug, hash(files.get(slug))));
    try {
      indexState.announce(hashes);
      indexed = true;
      announceFailing = false;
    } catch (RuntimeException e) {
      indexed = false;
      if (SqlStates.isUniqueViolation(e)) {
        // Another instance is announcing the same change; the next read tries again.
        LOG.log(Level.FINE, "Another instance told search about these guides first", e);
      } else if (!announceFailing) {
        // A fault of ours: logged once, not at every reload until it is fixed.
        announceFailing = true;
        Incidents.log(LOG, "Telling search about guide changes failed; every reload retries", e);
      }
    }
  }

  /** Builds a library from file contents by slug; public for the tests of every guide. */
  public static Library build(Map<String, String> files) {
    Map<String, Guide> parsed = new LinkedHashMap<>();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    files.forEach(
        (slug, text) -> {
          GuideParser.Result result = GuideParser.parse(slug, text);
          if (result.ok()) {
            parsed.put(slug, result.guide());
          } else {
            problems.put(slug, result.problems());
          }
        });
    if (parsed.containsKey(LegalFormPage.SLUG)) {
      parsed.remove(LegalFormPage.SLUG);
      problems.put(LegalFormPage.SLUG, List.of("This address is the legal-form helper's."));
    }
    // Links between guides can only be checked once all are read.
    for (Guide guide : List.copyOf(parsed.values())) {
      List<String> broken = new ArrayList<>();
      for (String related : guide.related()) {
        if (!parsed.containsKey(related)) {
          broken.add("related: no guide \"" + related + "\".");
        }
      }
      for (String link : guide.links()) {
        String problem = checkLink(link, parsed);
        if (problem != null) {
          broken.add(problem);
        }
      }
      if (!broken.isEmpty()) {
        problems.put(guide.slug(), broken);
      }
    }
    problems.keySet().forEach(parsed::remove);
    Map<String, Guide> byTitle = new LinkedHashMap<>();
    parsed.values().stream()
        .sorted(Comparator.comparing(Guide::title, String.CASE_INSENSITIVE_ORDER))
        .forEach(g -> byTitle.put(g.slug(), g));
    return new Library(Collections.unmodifiableMap(byTitle), Map.copyOf(problems));
  }

  private static String checkLink(String link, Map<String, Guide> guides) {
    String path = link;
    String anchor = null;
    int hash = link.indexOf('#');
    if (hash >= 0) {
      path = link.substring(0, hash);
      anchor = link.substring(hash + 1);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith("/guides/")) {
      String slug = path.substring("/guides/".length());
      if (slug.equals(LegalFormPage.SLUG)) {
        return null;
      }
      Guide target = guides.get(slug);
      if (target == null) {
        return "Link " + link + ": there is no guide \"" + slug + "\".";
      }
      if (anchor != null && !target.anchors().contains(anchor)) {
        return "Link " + link + ": that guide has no heading #" + anchor + ".";
      }
      return null;
    }
    if (SITE_PATHS.contains(path) || path.matches("/coops/[a-z0-9-]+")) {
      return null;
    }
    return "Link " + link + ": not an address on Seedbed.";
  }

  /** Every {@code .md} file of the folder, by slug; none when there is no folder. */
  static Map<String, String> read(Path folder) {
    Map<String, String> files = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path path : paths.sorted().toList()) {
        String name = path.getFileName().toString();
        if (name.endsWith(".md") && Files.isRegularFile(path)) {
          files.put(
              name.substring(0, name.length() - 3), Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read guides in " + folder, e);
    }
    return files;
  }

  /** The names, sizes and modification times of a folder's guide files, and the newest time. */
  record FolderStamp(String files, Instant newest) {

    static FolderStamp of(Path folder) {
      StringBuilder files = new StringBuilder();
      Instant newest = Instant.MIN;
      if (!Files.isDirectory(folder)) {
        return new FolderStamp("", newest);
      }
      try (Stream<Path> paths = Files.list(folder)) {
        for (Path path : paths.sorted().toList()) {
          String name = path.getFileName().toString();
          if (name.endsWith(".md")) {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Instant modified = attributes.lastModifiedTime().toInstant();
            files.append(name).append('\u0000').append(attributes.size()).append('\u0000');
            files.append(modified).append('\n');
            newest = modified.isAfter(newest) ? modified : newest;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list guides in " + folder, e);
      }
      return new FolderStamp(files.toString(), newest);
    }
  }

  static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
