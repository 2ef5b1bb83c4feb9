package coop.seedbed.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it, for exports people open in spreadsheets: a cell that a spreadsheet
 * would run as a formula is prefixed with an apostrophe.
 */
public final class Csv {

  private Csv() {}

  /** One line, ended with CRLF. */
  public static String row(List<?> cells) {
    return cells.stream()
            .map(c -> cell(c == null ? "" : String.valueOf(c)))
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  public static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
