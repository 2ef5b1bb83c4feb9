package coop.seedbed.guides;

import coop.seedbed.accounts.CurrentCaller;
import coop.seedbed.http.Pages;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /documents/{slug}}: one document, its download, how reading its text went (with the reason
 * when it failed), and for whoever uploaded it: read again, replace the file, delete.
 */
@Named
@RequestScoped
public class DocumentPage {

  @Inject FindDocuments documents;
  @Inject ChangeDocuments changes;
  @Inject CurrentCaller caller;

  private String slug;
  private DocumentView document;

  public void load() {
    try {
      document = slug == null ? null : documents.find(caller.get(), slug);
    } catch (NotFoundException e) {
      document = null;
    }
    if (document == null) {
      Pages.notFound();
    }
  }

  private DocumentView document() {
    if (document == null && slug != null) {
      document = documents.find(caller.get(), slug);
    }
    return document;
  }

  public DocumentView getDocument() {
    return document();
  }

  /** While its text is being read, the page looks again by itself (a meta refresh, no script). */
  public boolean isReading() {
    String status = document().status();
    return status.equals("waiting") || status.equals("reading");
  }

  public String getPlace() {
    return document().jurisdiction() == null
        ? null
        : Vocabulary.jurisdictionName(document().jurisdiction());
  }

  public String getSize() {
    return DocumentsPage.size(document().sizeBytes());
  }

  public String topicLabel(String code) {
    return Vocabulary.TOPICS.getOrDefault(code, code);
  }

  public String retry() {
    if (Pages.attempt(() -> changes.retry(caller.get(), slug))) {
      Pages.notice("Reading the text again.");
      return Pages.redirect("/documents/" + slug);
    }
    return null;
  }

  public String delete() {
    if (Pages.attempt(() -> changes.delete(caller.get(), slug))) {
      Pages.notice("The document was deleted.");
      return Pages.redirect("/documents");
    }
    return null;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
