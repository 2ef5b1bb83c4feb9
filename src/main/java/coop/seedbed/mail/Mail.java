package coop.seedbed.mail;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to queue: who gets it, which template renders it and the values the template needs.
 *
 * @param to one address
 * @param template the name of a template under {@code mail/} on the class path
 * @param values the template's placeholders; plain text, escaped for the HTML part
 * @param attachments text attachments, such as an iCalendar invite
 */
public record Mail(
    String to, String template, Map<String, String> values, List<Attachment> attachments) {

  /**
   * A text attachment; a {@code text/calendar} one is also offered to mail programs as an invite.
   */
  public record Attachment(String fileName, String contentType, String content) {}

  public Mail {
    Objects.requireNonNull(to);
    Objects.requireNonNull(template);
    values = Map.copyOf(values);
    attachments = List.copyOf(attachments);
  }

  public Mail(String to, String template, Map<String, String> values) {
    this(to, template, values, List.of());
  }
}
