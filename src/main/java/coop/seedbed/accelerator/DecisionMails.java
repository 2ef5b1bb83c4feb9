package coop.seedbed.accelerator;

import coop.seedbed.shared.InvalidInputException.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of decision mails, which staff may rewrite per cohort. A template is plain text with
 * {{name}}, {{project}}, {{cohort}}, {{programme}}, {{link}} and, for an offer, {{respondBy}}; an
 * unknown placeholder is refused when the template is saved, never sent as a blank.
 */
final class DecisionMails {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
  // Wider than PLACEHOLDER, so that "{{ name }}" or "{{first_name}}" is refused, not sent as typed.
  private static final Pattern BRACES = Pattern.compile("\\{\\{([^{}]*)}}");
  private static final Set<String> KNOWN =
      Set.of("name", "project", "cohort", "programme", "link", "respondBy");

  static final String ACCEPT =
      """
      Hello {{name}},

      We would love {{project}} to join {{cohort}} of {{programme}}. Your team has a place.

      Please take it up (or let us know you cannot) by {{respondBy}} from your application's page; \
      after that, the place goes to the next team waiting.""";

  static final String WAITLIST =
      """
      Hello {{name}},

      Thank you for applying to {{cohort}} of {{programme}}. The cohort's places are all offered \
      for now, and {{project}} is on the waiting list: if a place comes free, it is offered to the \
      teams waiting, in turn, and we write to you straight away.""";

  static final String DECLINE =
      """
      Hello {{name}},

      Thank you for applying to {{cohort}} of {{programme}}. We had far more strong applications \
      than places, and we cannot offer {{project}} one this time.""";

  private DecisionMails() {}

  /** A template as staff typed it, checked; empty means Seedbed's own words. */
  static String checked(String template, String field, List<FieldError> errors) {
    String text = Fields.blankToNull(template);
    if (text == null) {
      return null;
    }
    Matcher matcher = BRACES.matcher(text);
    while (matcher.find()) {
      if (!KNOWN.contains(matcher.group(1))) {
        errors.add(
            new FieldError(
                field,
                "{{"
                    + Fields.clip(matcher.group(1))
                    + "}} is not something we can fill in; use {{name}}, {{project}}, {{cohort}},"
                    + " {{programme}}, {{link}} or {{respondBy}}."));
        return null;
      }
    }
    if (text.contains("{{respondBy}}") && !field.equals("accept")) {
      errors.add(new FieldError(field, "Only an offer has a respond-by time."));
    }
    return text;
  }

  static String render(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.getOrDefault(matcher.group(1), "");
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
