package coop.seedbed.accelerator;

import coop.seedbed.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of each kind of question: what an answer may be, read from JSON or a form and stored as
 * text. A draft may leave answers out; {@link #missing} says what submission still needs.
 */
final class Answers {

  static final int SHORT_TEXT_LENGTH = 300;
  static final int MAX_DECIMALS = 10;

  private Answers() {}

  /**
   * The answer as stored, or null for none; adds an error naming the question's code when it is not
   * one the question takes.
   */
  static String read(Question q, Object raw, List<FieldError> errors) {
    String field = q.code();
    if (raw == null) {
      return null;
    }
    if (q.kind == Question.Kind.MULTIPLE_CHOICE) {
      return choices(q, raw, errors);
    }
    if (raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
      errors.add(new FieldError(field, "Answer \"" + Fields.clip(q.label) + "\" with one value."));
      return null;
    }
    String text = Fields.blankToNull(raw.toString());
    if (text == null) {
      return null;
    }
    switch (q.kind) {
      case SHORT_TEXT -> {
        if (text.length() > SHORT_TEXT_LENGTH || text.contains("\n")) {
          errors.add(new FieldError(field, "Keep this to one line of at most 300 characters."));
          return null;
        }
      }
      case LONG_TEXT -> {
        int words = Fields.words(text);
        int limit = q.wordLimit == null ? 500 : q.wordLimit;
        if (text.length() > Answer.LENGTH) {
          errors.add(
              new FieldError(
                  field,
                  String.format(
                      Locale.ROOT,
                      "Keep this under %,d characters; it has %,d. Nothing was lost:"
                          + " shorten it and save again.",
                      Answer.LENGTH,
                      text.length())));
          return null;
        }
        if (words > limit) {
          errors.add(
              new FieldError(
                  field,
                  "Keep this to "
                      + limit
                      + " words; it has "
                      + words
                      + ". Nothing was lost:"
                      + " shorten it and save again."));
          return null;
        }
      }
      case SINGLE_CHOICE -> {
        if (!q.options.contains(text)) {
          errors.add(new FieldError(field, "Choose one of the answers offered."));
          return null;
        }
      }
      case NUMBER -> {
        return number(q, text, errors);
      }
      case URL -> {
        String address = Fields.webAddress(text);
        if (address == null) {
          errors.add(new FieldError(field, "Give a web address starting http:// or https://."));
          return null;
        }
        return address;
      }
      case ELIGIBILITY -> {
        String answer = text.toLowerCase(Locale.ROOT);
        if (!answer.equals("yes") && !answer.equals("no")) {
          errors.add(new FieldError(field, "Answer yes or no."));
          return null;
        }
        if (answer.equals(q.stopAnswer)) {
          errors.add(new FieldError(field, q.stopReason));
          return null;
        }
        return answer;
      }
      case FILE -> {
        errors.add(new FieldError(field, "Upload the file itself; it is not part of the answers."));
        return null;
      }
      default -> throw new IllegalStateException(q.kind.name());
    }
    return text;
  }

  private static String choices(Question q, Object raw, List<FieldError> errors) {
    List<String> chosen = new ArrayList<>();
    if (raw instanceof Collection<?> values) {
      for (Object value : values) {
        if (value != null && !value.toString().isBlank()) {
          chosen.add(value.toString().strip());
        }
      }
    } else if (!raw.toString().isBlank()) {
      chosen.add(raw.toString().strip());
    }
    Set<String> unique = new LinkedHashSet<>(chosen);
    for (String choice : unique) {
      if (!q.options.contains(choice)) {
        errors.add(
            new FieldError(
                q.code(), "\"" + Fields.clip(choice) + "\" is not one of the answers offered."));
        return null;
      }
    }
    // Kept in the order the options are offered, one a line.
    List<String> ordered = q.options.stream().filter(unique::contains).toList();
    return ordered.isEmpty() ? null : String.join("\n", ordered);
  }

  private static String number(Question q, String text, List<FieldError> errors) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.replace(",", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(q.code(), "Give a number, such as 3 or 12.5."));
      return null;
    }
    if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0
        || (q.minNumber != null && value.compareTo(BigDecimal.valueOf(q.minNumber)) < 0)
        || (q.maxNumber != null && value.compareTo(BigDecimal.valueOf(q.maxNumber)) > 0)) {
      errors.add(new FieldError(q.code(), "Give a number " + range(q) + "."));
      return null;
    }
    value = value.stripTrailingZeros();
    // "1e-999999999" is a small number but a billion characters written out.
    if (value.scale() > MAX_DECIMALS) {
      errors.add(
          new FieldError(
              q.code(), "Give a number with at most " + MAX_DECIMALS + " decimal places."));
      return null;
    }
    return value.toPlainString();
  }

  private static String range(Question q) {
    if (q.minNumber != null && q.maxNumber != null) {
      return "from " + q.minNumber + " to " + q.maxNumber;
    }
    if (q.minNumber != null) {
      return "of at least " + q.minNumber;
    }
    if (q.maxNumber != null) {
      return "of at most " + q.maxNumber;
    }
    return "of sensible size";
  }

  /** Why the application cannot be submitted yet, a line per gap; empty when it can. */
  static List<String> missing(
      Application a, List<Question> questions, Map<Long, String> answers, Set<Long> files) {
    List<String> missing = new ArrayList<>();
    if (a.summary == null || a.summary.isBlank()) {
      missing.add("A summary of what the team is building.");
    }
    if (a.sector == null) {
      missing.add("The sector the co-op works in.");
    }
    for (Question q : questions) {
      if (!q.required) {
        continue;
      }
      boolean answered =
          q.kind == Question.Kind.FILE ? files.contains(q.id) : answers.get(q.id) != null;
      if (!answered) {
        missing.add((q.kind == Question.Kind.FILE ? "A file for: " : "An answer to: ") + q.label);
      }
    }
    return missing;
  }
}
