package coop.seedbed.guides;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.TooLargeException;
import coop.seedbed.shared.UnsupportedTypeException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The upload form at {@code /documents/new}, and the "replace the file" form on a document's page.
 * A refused file (wrong type, too large, empty) is named beside the file field, and nothing is
 * stored; the other fields keep what was typed.
 */
@Named
@RequestScoped
public class DocumentForm {

  static final String[] FIELDS = {"title", "summary", "jurisdiction", "topics", "licence", "file"};

  @Inject AddDocuments uploads;
  @Inject ChangeDocuments changes;
  @Inject DocumentFiles files;
  @Inject CurrentCaller caller;

  private String slug;
  private String title;
  private String summary;
  private String jurisdiction;
  private List<String> topics = List.of("legal");
  private String licence;
  private Part file;

  public void checkMayUpload() {
    if (!caller.isSignedIn()) {
      Pages.redirect("/signin?next=/documents/new");
    }
  }

  public boolean isMayUpload() {
    return uploads.mayUpload(caller.get());
  }

  public String upload() {
    DocumentView[] created = new DocumentView[1];
    boolean ok =
        Pages.attempt(
            () ->
                created[0] =
                    readFile(
                        bytes ->
                            uploads.upload(
                                caller.get(),
                                new DocumentRequest(title, summary, jurisdiction, topics, licence),
                                file.getSubmittedFileName(),
                                bytes)),
            FIELDS);
    if (!ok) {
      return null;
    }
    Pages.notice("Stored. Seedbed is reading its text now; this page shows when it is done.");
    return Pages.redirect(created[0].url());
  }

  public String replace() {
    DocumentView[] replaced = new DocumentView[1];
    boolean ok =
        Pages.attempt(
            () ->
                replaced[0] =
                    readFile(
                        bytes ->
                            changes.replaceFile(
                                caller.get(), slug, file.getSubmittedFileName(), bytes)),
            FIELDS);
    if (!ok) {
      return null;
    }
    Pages.notice("New file stored. Seedbed is reading its text now.");
    return Pages.redirect(replaced[0].url());
  }

  /** Hands the file's bytes to {@code use}, with the file's own problems named beside it. */
  private DocumentView readFile(Function<byte[], DocumentView> use) {
    if (file == null || file.getSize() == 0 && file.getSubmittedFileName() == null) {
      throw new InvalidInputException("file", "Choose a file to upload.");
    }
    try (InputStream in = file.getInputStream()) {
      return use.apply(files.readLimited(in));
    } catch (TooLargeException | UnsupportedTypeException e) {
      // Said beside the file field, where the person will look.
      throw new InvalidInputException("file", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<DocumentsPage.Choice> getTopicChoices() {
    return Vocabulary.TOPICS.entrySet().stream()
        .map(e -> new DocumentsPage.Choice(e.getKey(), e.getValue()))
        .toList();
  }

  public String getMaxSize() {
    return DocumentFiles.megabytes(files.maxBytes());
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics;
  }

  public String getLicence() {
    return licence;
  }

  public void setLicence(String licence) {
    this.licence = licence;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
