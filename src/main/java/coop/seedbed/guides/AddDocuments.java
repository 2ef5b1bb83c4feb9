package coop.seedbed.guides;

import coop.seedbed.accounts.Caller;
import coop.seedbed.directory.FindListings;
import coop.seedbed.shared.ForbiddenException;
import coop.seedbed.shared.InvalidInputException;
import coop.seedbed.shared.InvalidInputException.FieldError;
import coop.seedbed.shared.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Adds documents to the legal library, by staff or by people who keep a published listing. A file
 * and its description are stored in one transaction; its text is read afterwards by {@link
 * DocumentReader}, never in the request.
 */
@ApplicationScoped
class AddDocuments {

  @Inject Clock clock;
  @Inject FindListings directory;
  @Inject LibraryAccess access;
  @Inject DocumentFiles files;

  /** Who may add documents: staff, and people with a confirmed address who keep a listing. */
  public boolean mayUpload(Caller caller) {
    if (!caller.isSignedIn()) {
      return false;
    }
    if (caller.isStaff()) {
      return true;
    }
    return caller.emailVerified()
        && caller.account().map(directory::maintainsPublishedListing).orElse(false);
  }

  private void requireUploader(Caller caller) {
    caller.requireSignedIn();
    if (!caller.isStaff()) {
      caller.requireVerifiedEmail();
      if (!mayUpload(caller)) {
        throw new ForbiddenException(
            "Documents can be added by Seedbed staff and by the maintainers of a published"
                + " listing. List your organisation first, or send the document to staff.");
      }
    }
  }

  @Transactional
  public DocumentView upload(
      Caller caller, DocumentRequest request, String fileName, byte[] bytes) {
    requireUploader(caller);
    return store(caller, request, fileName, bytes);
  }

  /** Adds a document by someone already judged fit to add it (an uploader, or demo content). */
  @Transactional
  DocumentView store(Caller caller, DocumentRequest request, String fileName, byte[] bytes) {
    List<FieldError> errors = DocumentDescription.check(request);
    String type = files.checkFile(fileName, bytes, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    LegalDocument doc = new LegalDocument();
    DocumentDescription.describe(doc, request);
    doc.slug = uniqueSlug(doc.title);
    doc.uploadedBy = caller.account().orElse(null);
    doc.createdAt = OffsetDateTime.now(clock);
    files.storeFile(doc, fileName, type, bytes, true);
    return access.view(doc, caller);
  }

  /** Whether the document that a title would first be given an address from is there. */
  boolean hasSlugOf(String title) {
    return access.bySlug(baseSlug(title)).isPresent();
  }

  private String uniqueSlug(String title) {
    String base = baseSlug(title);
    String slug = base;
    for (int n = 2; access.bySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /** The address a title gives a document when no other has it ("new" is a page of its own). */
  private static String baseSlug(String title) {
    String base = Slugs.of(title, 100, "document");
    return base.equals("new") ? "document" : base;
  }
}
