package coop.seedbed.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail from its templates under {@code mail/} on the class path: {@code <name>.txt}
 * starts with a {@code Subject:} line and a blank line; the optional {@code <name>.html} is a
 * fragment placed inside {@code layout.html}. Placeholders are {@code {{name}}}; values are escaped
 * in the HTML part, and a placeholder without a value is a programming error, never a blank in a
 * sent mail.
 */
@ApplicationScoped
class MailTemplates {

  /** What a template renders to. */
  record Rendered(String subject, String text, String html) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}");
  private final Map<String, Optional<String>> sources = new ConcurrentHashMap<>();

  Rendered render(String name, Map<String, String> values) {
    String text =
        source(name + ".txt")
            .orElseThrow(() -> new IllegalArgumentException("no mail template " + name));
    if (!text.startsWith("Subject: ")) {
      throw new IllegalStateException("mail template " + name + " must start with a Subject line");
    }
    int endOfSubject = text.indexOf('\n');
    String subject =
        fill(text.substring("Subject: ".length(), endOfSubject).strip(), values, false);
    String body = fill(text.substring(endOfSubject + 1).stripLeading(), values, false);
    String html =
        source(name + ".html")
            .map(fragment -> fill(fragment, values, true))
            .map(
                content ->
                    fill(
                        source("layout.html").orElseThrow(),
                        Map.of("subject", subject, "content", content),
                        false))
            .orElse(null);
    return new Rendered(subject, body, html);
  }

  private Optional<String> source(String file) {
    return sources.computeIfAbsent(file, MailTemplates::read);
  }

  private static Optional<String> read(String file) {
    try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + file)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fill(String template, Map<String, String> values, boolean escapeHtml) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 256);
    while (matcher.find()) {
      String key = matcher.group(1);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalArgumentException("mail template needs a value for " + key);
      }
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(escapeHtml ? escapeHtml(value) : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static String escapeHtml(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
