package coop.seedbed.guides;

import coop.seedbed.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A document's description (title, summary, place, topics, licence): checked, then applied. */
final class DocumentDescription {

  static final int MAX_TITLE = 200;
  static final int MAX_SUMMARY = 1000;
  static final int MAX_LICENCE = 200;

  static void describe(LegalDocument doc, DocumentRequest request) {
    doc.title = request.title().strip();
    doc.summary = request.summary().strip();
    doc.jurisdiction =
        request.jurisdiction() == null || request.jurisdiction().isBlank()
            ? null
            : request.jurisdiction().strip().toUpperCase(Locale.ROOT);
    doc.topics = String.join(",", request.topics().stream().map(String::strip).distinct().toList());
    doc.licence = request.licence().strip();
  }

  static List<FieldError> check(DocumentRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request == null) {
      return List.of(new FieldError("title", "Give the document a title."));
    }
    if (request.title() == null || request.title().strip().length() < 3) {
      errors.add(new FieldError("title", "Give the document a title of at least 3 characters."));
    } else if (request.title().strip().length() > MAX_TITLE) {
      errors.add(new FieldError("title", "Keep the title to " + MAX_TITLE + " characters."));
    }
    if (request.summary() == null || request.summary().isBlank()) {
      errors.add(new FieldError("summary", "Say in a sentence or two what the document is."));
    } else if (request.summary().strip().length() > MAX_SUMMARY) {
      errors.add(new FieldError("summary", "Keep the summary to " + MAX_SUMMARY + " characters."));
    }
    String place = request.jurisdiction();
    if (place != null
        && !place.isBlank()
        && !Vocabulary.isJurisdiction(place.strip().toUpperCase(Locale.ROOT))) {
      errors.add(
          new FieldError(
              "jurisdiction",
              "Use a country code such as GB or FR, or a state such as US-CA; leave it empty when"
                  + " the document is not about one place."));
    }
    if (request.topics() == null || request.topics().isEmpty()) {
      errors.add(new FieldError("topics", "Choose at least one topic."));
    } else {
      for (String topic : request.topics()) {
        if (topic == null || !Vocabulary.TOPICS.containsKey(topic.strip())) {
          errors.add(
              new FieldError(
                  "topics",
                  "\""
                      + topic
                      + "\" is not a topic; choose from "
                      + String.join(", ", Vocabulary.TOPICS.keySet())
                      + "."));
        }
      }
    }
    if (request.licence() == null || request.licence().isBlank()) {
      errors.add(
          new FieldError(
              "licence",
              "Say under which licence others may use it, such as CC BY-SA 4.0, or \"All rights"
                  + " reserved, shared with permission\"."));
    } else if (request.licence().strip().length() > MAX_LICENCE) {
      errors.add(new FieldError("licence", "Keep the licence to " + MAX_LICENCE + " characters."));
    }
    return errors;
  }

  private DocumentDescription() {}
}
