package coop.seedbed.guides;

import coop.seedbed.accounts.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code /documents}: the legal library's documents anyone can read, by topic and place, and for
 * the people who added some, their own with how reading each went.
 */
@Named
@RequestScoped
public class DocumentsPage {

  /** A value of a select box. */
  public record Choice(String value, String label) {}

  @Inject FindDocuments documents;
  @Inject AddDocuments uploads;
  @Inject CurrentCaller caller;
  @Inject HttpServletRequest request;

  private List<DocumentView> shown;
  private List<DocumentView> mine;

  public List<DocumentView> getDocuments() {
    if (shown == null) {
      shown = documents.list(caller.get(), value("topic"), value("jurisdiction"), false);
    }
    return shown;
  }

  public List<DocumentView> getMine() {
    if (mine == null) {
      mine =
          caller.get().account().isPresent()
              ? documents.list(caller.get(), null, null, true)
              : List.of();
    }
    return mine;
  }

  public boolean isMayUpload() {
    return uploads.mayUpload(caller.get());
  }

  public String value(String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value.strip();
  }

  public String selected(String name, String choice) {
    return value(name).equalsIgnoreCase(choice) ? "selected" : null;
  }

  public List<Choice> getTopicChoices() {
    return Vocabulary.TOPICS.entrySet().stream()
        .map(e -> new Choice(e.getKey(), e.getValue()))
        .toList();
  }

  public List<Choice> getPlaceChoices() {
    return Stream.concat(
            getDocuments().stream().map(DocumentView::jurisdiction),
            Stream.of(value("jurisdiction").toUpperCase(Locale.ROOT)))
        .filter(code -> code != null && Vocabulary.isJurisdiction(code))
        .distinct()
        .sorted()
        .map(code -> new Choice(code, Vocabulary.jurisdictionName(code)))
        .toList();
  }

  public String placeName(String code) {
    return code == null ? "" : Vocabulary.jurisdictionName(code);
  }

  public String topicLabel(String code) {
    return Vocabulary.TOPICS.getOrDefault(code, code);
  }

  public static String size(long bytes) {
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1000));
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  public String sizeOf(long bytes) {
    return size(bytes);
  }
}
