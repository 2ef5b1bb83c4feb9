package coop.seedbed.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text layer of an iCalendar file, before iCal4j sees it: bytes to characters, physical lines
 * to logical lines, and a file to its VCALENDARs and their top-level components. It repairs what
 * calendar programs commonly get wrong (any line ending, a byte-order mark, blank lines, long lines
 * broken without the folding space, a missing END) so that iCal4j's parser gets clean input.
 */
final class IcsText {

  /** The start of a content line: a property or component name, then its parameters or value. */
  private static final Pattern CONTENT_LINE = Pattern.compile("^[A-Za-z0-9-]+[;:]");

  /** Control characters that never appear in a text calendar; many of them mean binary data. */
  private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F]");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private IcsText() {}

  /** One top-level component of a calendar (VEVENT, VTIMEZONE, ...) as its logical lines. */
  record Block(String name, List<String> lines) {}

  /**
   * The characters of the file: UTF-8 (with or without a byte-order mark), UTF-16 when it has a
   * byte-order mark, else Windows-1252, which older Outlook versions write. Empty when the bytes
   * are not text.
   */
  static Optional<String> decode(byte[] bytes) {
    String text;
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, StandardCharsets.UTF_16);
    } else {
      text = utf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return BINARY.matcher(text).find() ? Optional.empty() : Optional.of(text);
  }

  /**
   * The logical lines of the text: unfolded, blank lines dropped, and lines that do not start like
   * a content line joined to the line before them (the remains of a long value broken without the
   * folding space), or dropped when that line is a BEGIN or END.
   */
  static List<String> logicalLines(String text) {
    List<String> unfolded = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      boolean folded = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (folded && !unfolded.isEmpty()) {
        appendToLast(unfolded, line.substring(1));
      } else if (!line.isBlank()) {
        unfolded.add(line);
      }
    }
    List<String> lines = new ArrayList<>();
    for (String line : unfolded) {
      Optional<String> beginOrEnd = beginOrEnd(line);
      if (beginOrEnd.isPresent()) {
        lines.add(beginOrEnd.get());
      } else if (CONTENT_LINE.matcher(line).find() || lines.isEmpty()) {
        lines.add(withoutEmptyParameters(line));
      } else if (!isBeginOrEnd(lines.get(lines.size() - 1))) {
        appendToLast(lines, line);
      }
    }
    return lines;
  }

  /** Whether the first logical line opens a calendar. */
  static boolean startsWithCalendar(List<String> lines) {
    return !lines.isEmpty() && isBegin(lines.get(0), "VCALENDAR");
  }

  /**
   * The VCALENDARs in the lines, each from its BEGIN to its END inclusive. A calendar left open
   * (the file was cut short, or the next calendar starts without the END of this one) is closed;
   * lines between calendars are dropped.
   */
  static List<List<String>> calendars(List<String> lines) {
    List<List<String>> calendars = new ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      if (isBegin(line, "VCALENDAR")) {
        if (current != null) {
          calendars.add(closed(current));
        }
        current = new ArrayList<>();
        current.add(line);
      } else if (current != null) {
        current.add(line);
        if (isEnd(line, "VCALENDAR")) {
          calendars.add(current);
          current = null;
        }
      }
    }
    if (current != null) {
      calendars.add(closed(current));
    }
    return calendars;
  }

  /**
   * The top-level components of one calendar, each closed even where the file forgot an END, so
   * that each can be parsed on its own.
   */
  static List<Block> blocks(List<String> calendar) {
    List<Block> blocks = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    List<String> current = new ArrayList<>();
    for (String line : calendar.subList(1, calendar.size())) {
      Optional<String> begin = componentName(line, "BEGIN:");
      Optional<String> end = componentName(line, "END:");
      if (end.filter("VCALENDAR"::equals).isPresent()) {
        continue;
      }
      if (begin.isPresent()) {
        open.push(begin.get());
        current.add(line);
      } else if (end.isPresent() && open.contains(end.get())) {
        while (!open.isEmpty()) {
          String name = open.pop();
          current.add("END:" + name);
          if (name.equals(end.get())) {
            break;
          }
        }
        if (open.isEmpty()) {
          blocks.add(new Block(componentName(current.get(0), "BEGIN:").orElseThrow(), current));
          current = new ArrayList<>();
        }
      } else if (!open.isEmpty()) {
        current.add(line);
      }
    }
    if (!open.isEmpty()) {
      while (!open.isEmpty()) {
        current.add("END:" + open.pop());
      }
      blocks.add(new Block(componentName(current.get(0), "BEGIN:").orElseThrow(), current));
    }
    return blocks;
  }

  /** The TZID a VTIMEZONE block declares, unquoted. */
  static Optional<String> tzid(Block vtimezone) {
    for (String line : vtimezone.lines()) {
      if (line.regionMatches(true, 0, "TZID", 0, 4) && line.length() > 4) {
        char next = line.charAt(4);
        if (next == ':' || next == ';') {
          return Optional.of(ZoneLookup.unquoted(unescaped(line.substring(valueStart(line)))));
        }
      }
    }
    return Optional.empty();
  }

  /** Lines joined as iCalendar text, wrapped in a VCALENDAR of their own when asked. */
  static String join(List<String> lines, boolean wrapInCalendar) {
    StringBuilder text = new StringBuilder();
    if (wrapInCalendar) {
      text.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Seedbed//busy times//EN\r\n");
    }
    for (String line : lines) {
      text.append(line).append("\r\n");
    }
    if (wrapInCalendar) {
      text.append("END:VCALENDAR\r\n");
    }
    return text.toString();
  }

  /** "DTSTART;;VALUE=DATE:..." to "DTSTART;VALUE=DATE:...": iCal4j cannot read empty ones. */
  private static String withoutEmptyParameters(String line) {
    int colon = valueStart(line) - 1;
    if (colon <= 0 || line.charAt(colon) != ':') {
      return line;
    }
    if (!line.substring(0, colon).contains(";;") && line.charAt(colon - 1) != ';') {
      return line;
    }
    String head = line.substring(0, colon).replaceAll(";{2,}", ";");
    if (head.endsWith(";")) {
      head = head.substring(0, head.length() - 1);
    }
    return head + line.substring(colon);
  }

  /** The value of a content line, after its name and parameters. */
  static String value(String line) {
    return line.substring(valueStart(line));
  }

  /** Where a content line's value starts: after the first colon outside a quoted parameter. */
  private static int valueStart(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return i + 1;
      }
    }
    return line.length();
  }

  /**
   * A TEXT value with its escaped commas, semicolons and backslashes (RFC 5545 3.3.11) resolved.
   */
  static String unescaped(String text) {
    return text.replaceAll("\\\\([,;\\\\])", "$1");
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int first, int second) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
  }

  private static void appendToLast(List<String> lines, String continuation) {
    int last = lines.size() - 1;
    lines.set(last, lines.get(last) + continuation);
  }

  private static List<String> closed(List<String> calendar) {
    calendar.add("END:VCALENDAR");
    return calendar;
  }

  private static boolean isBeginOrEnd(String line) {
    return beginOrEnd(line).isPresent();
  }

  /** A BEGIN or END line as iCal4j reads it: "begin:vevent " becomes "BEGIN:VEVENT". */
  private static Optional<String> beginOrEnd(String line) {
    return componentName(line, "BEGIN:")
        .map(name -> "BEGIN:" + name)
        .or(() -> componentName(line, "END:").map(name -> "END:" + name));
  }

  private static boolean isBegin(String line, String name) {
    return componentName(line, "BEGIN:").filter(name::equals).isPresent();
  }

  private static boolean isEnd(String line, String name) {
    return componentName(line, "END:").filter(name::equals).isPresent();
  }

  /** The component a BEGIN or END line names, upper-cased; empty for any other line. */
  private static Optional<String> componentName(String line, String keyword) {
    if (line.length() <= keyword.length()
        || !line.regionMatches(true, 0, keyword, 0, keyword.length())) {
      return Optional.empty();
    }
    String name = line.substring(keyword.length()).strip().toUpperCase(Locale.ROOT);
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
